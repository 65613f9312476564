import type { TTopicWatch, TVersionReader } from './topic-watch';

/**
 * A Server-Sent Events response for one topic. Each event's id is the topic's version (the row's
 * `seq`), so a reconnecting EventSource sends `Last-Event-ID` and hears at once if it missed
 * anything. The data is the version only: clients fetch the state they are allowed to see.
 * `version: null` means the thing is gone (deleted or not theirs); the stream says so and ends.
 */
export const SSE_HEARTBEAT_MS = 15_000;
/** Tells EventSource to reconnect quickly after a server goes away. */
export const SSE_RETRY_MS = 1_000;

export type TSseOptions = {
  topic: string;
  read: TVersionReader;
  watch: TTopicWatch;
  lastEventId: string | null;
  signal: AbortSignal;
};

export function parseLastEventId(value: string | null): number | null {
  if (!value || !/^\d{1,12}$/.test(value)) return null;
  return Number(value);
}

export function sseResponse({ topic, read, watch, lastEventId, signal }: TSseOptions): Response {
  const encoder = new TextEncoder();
  let lastSent = parseLastEventId(lastEventId);
  let stop = () => undefined as void;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      send(`retry: ${SSE_RETRY_MS}\n\n`);
      const unwatch = watch.watch(topic, read, (version) => {
        if (version === null) {
          send('event: gone\ndata: {}\n\n');
          stop();
          return;
        }
        if (lastSent !== null && version <= lastSent) return;
        lastSent = version;
        send(`id: ${version}\nevent: change\ndata: {"v":${version}}\n\n`);
      });
      const heartbeat = setInterval(() => send(': ping\n\n'), SSE_HEARTBEAT_MS);
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unwatch();
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      signal.addEventListener('abort', () => stop());
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
