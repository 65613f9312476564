import { afterAll, describe, expect, it } from 'vitest';
import type { RealtimeBus } from '@/lib/realtime/bus';
import { createMemoryBus } from '@/lib/realtime/memory-bus';
import { createPgBus } from '@/lib/realtime/pg-bus';
import { sseResponse } from '@/lib/realtime/sse';
import { createTopicWatch } from '@/lib/realtime/topic-watch';

const waitFor = async (check: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Reads an SSE body into a growing text buffer. */
function readStream(res: Response) {
  const state = { text: '' };
  const reader = res.body!.getReader();
  void (async () => {
    const decoder = new TextDecoder();
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      state.text += decoder.decode(value);
    }
  })();
  return state;
}

describe('SSE over a realtime bus', () => {
  it('sends the current version, each change once, and only what a Last-Event-ID missed', async () => {
    const bus = createMemoryBus();
    const watch = createTopicWatch(bus);
    let version = 3;
    let reads = 0;
    const read = async () => (reads++, version);
    const open = (lastEventId: string | null) => {
      const abort = new AbortController();
      const res = sseResponse({ topic: 'live:s1', read, watch, lastEventId, signal: abort.signal });
      return { stream: readStream(res), abort };
    };
    const fresh = open(null);
    const resumed = open('3');
    const behind = open('1');
    await waitFor(() => fresh.stream.text.includes('id: 3') && behind.stream.text.includes('id: 3'));
    // Up to date on reconnect: nothing to send.
    expect(resumed.stream.text).not.toContain('id: 3');

    version = 4;
    reads = 0;
    await bus.publish('live:s1');
    await waitFor(() => [fresh, resumed, behind].every((c) => c.stream.text.includes('id: 4')));
    // One read per change on this server, however many connections watch it.
    expect(reads).toBe(1);
    expect(resumed.stream.text).toMatch(/event: change\ndata: \{"v":4\}/);

    for (const c of [fresh, resumed, behind]) c.abort.abort();
    expect(watch.watchedTopics()).toBe(0);
  });

  it('tells the client when the thing is gone', async () => {
    const watch = createTopicWatch(createMemoryBus());
    const abort = new AbortController();
    const res = sseResponse({
      topic: 'live:gone',
      read: async () => null,
      watch,
      lastEventId: null,
      signal: abort.signal,
    });
    const stream = readStream(res);
    await waitFor(() => stream.text.includes('event: gone'));
  });
});

describe.skipIf(!process.env.TEST_POSTGRES_URL)('LISTEN/NOTIFY between two servers', () => {
  const buses: (RealtimeBus & { ready(): Promise<void> })[] = [];
  afterAll(async () => {
    for (const b of buses) await b.close();
  });

  it('a publish on one server reaches the other, carrying only the topic', async () => {
    const url = process.env.TEST_POSTGRES_URL!;
    const [a, b] = [createPgBus(url), createPgBus(url)];
    buses.push(a, b);
    await Promise.all([a.ready(), b.ready()]);
    const heard: string[] = [];
    b.subscribe('live:cross1', (topic) => heard.push(topic));
    await a.publish('live:cross1');
    await a.publish('live:other');
    await waitFor(() => heard.length === 1);
    expect(heard).toEqual(['live:cross1']);
    await expect(a.publish('live:has space')).rejects.toThrow(/bad realtime topic/);
  });

  it('resynchronises subscribers after its connection drops', async () => {
    const url = process.env.TEST_POSTGRES_URL!;
    const bus = createPgBus(url);
    buses.push(bus);
    await bus.ready();
    let resyncs = 0;
    bus.onResync(() => resyncs++);
    const heard: string[] = [];
    bus.subscribe('live:after-drop', (t) => heard.push(t));
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'open-door-realtime' AND pid <> pg_backend_pid()",
    );
    await waitFor(() => resyncs > 0, 10_000);
    await admin.query("SELECT pg_notify('open_door_realtime', 'live:after-drop')");
    await admin.end();
    await waitFor(() => heard.length === 1);
  });
});
