import type { RealtimeBus } from './bus';

/**
 * Fans one topic out to every connection on this server. On each signal the topic's version is
 * read ONCE (single flight: signals arriving during a read cause one more read, not one per
 * connection) and every watcher whose last seen version is older hears about it. 300 phones on one
 * lesson cost one database read per change, not 300.
 */
export type TVersionReader = () => Promise<number | null>;
type TWatcher = (version: number | null) => void;

type TTopicState = {
  watchers: Set<TWatcher>;
  read: TVersionReader;
  reading: boolean;
  again: boolean;
  unsubscribe: () => void;
};

export function createTopicWatch(bus: RealtimeBus) {
  const topics = new Map<string, TTopicState>();

  const refresh = async (state: TTopicState) => {
    if (state.reading) {
      state.again = true;
      return;
    }
    state.reading = true;
    try {
      do {
        state.again = false;
        const version = await state.read().catch(() => undefined);
        if (version !== undefined) for (const w of state.watchers) w(version);
      } while (state.again);
    } finally {
      state.reading = false;
    }
  };

  bus.onResync(() => {
    for (const state of topics.values()) void refresh(state);
  });

  return {
    /** Watches a topic; the watcher hears the current version once at the start and after each change. */
    watch(topic: string, read: TVersionReader, watcher: TWatcher): () => void {
      let state = topics.get(topic);
      if (!state) {
        const created: TTopicState = {
          watchers: new Set(),
          read,
          reading: false,
          again: false,
          unsubscribe: () => undefined,
        };
        created.unsubscribe = bus.subscribe(topic, () => void refresh(created));
        topics.set(topic, created);
        state = created;
      }
      state.watchers.add(watcher);
      void read()
        .then(watcher)
        .catch(() => undefined);
      const owned = state;
      return () => {
        owned.watchers.delete(watcher);
        if (owned.watchers.size === 0) {
          owned.unsubscribe();
          topics.delete(topic);
        }
      };
    },
    /** Re-reads every watched topic (the SSE safety net when a signal might have been missed). */
    refreshAll(): void {
      for (const state of topics.values()) void refresh(state);
    },
    watchedTopics: () => topics.size,
  };
}
export type TTopicWatch = ReturnType<typeof createTopicWatch>;
