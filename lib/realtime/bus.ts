/**
 * A realtime bus carries "something changed" signals between app servers. A message is a topic
 * only — ids, never data — so a listener always reads the truth from the database. Reusable by
 * any feature whose state lives in a table with a version number (live lessons, the Council).
 */
export type TTopicListener = (topic: string) => void;

export interface RealtimeBus {
  /** Tells every server (this one included) that the topic changed. */
  publish(topic: string): Promise<void>;
  /** Calls the listener for each publish of the topic until the returned function is called. */
  subscribe(topic: string, listener: TTopicListener): () => void;
  /** Called when a bus may have missed messages (a dropped connection): every topic should re-read. */
  onResync(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Topic names are short and plain so they fit a NOTIFY payload and never carry user text. */
export const ZTopicPattern = /^[a-z]+:[A-Za-z0-9_-]{1,64}$/;

export function assertTopic(topic: string): string {
  if (!ZTopicPattern.test(topic)) throw new Error(`bad realtime topic "${topic}"`);
  return topic;
}
