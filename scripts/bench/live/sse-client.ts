// A minimal Server-Sent Events reader for the bench: one streaming fetch per student, noting when
// each event id (the lesson's version) arrives.
export type TSseClient = {
  /** Arrival time (performance.now()) of each version seen. */
  seen: Map<number, number>;
  ready: Promise<void>;
  close(): void;
};

export function openSse(url: string, cookie: string): TSseClient {
  const seen = new Map<number, number>();
  const abort = new AbortController();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  void (async () => {
    const res = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: abort.signal });
    if (!res.ok || !res.body) throw new Error(`SSE ${res.status}`);
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: (\d+)$/m.exec(block)?.[1];
        if (id !== undefined) {
          if (!seen.has(Number(id))) seen.set(Number(id), performance.now());
          markReady();
        }
      }
    }
  })().catch(() => markReady());
  return { seen, ready, close: () => abort.abort() };
}
