'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

export type TConnection = 'live' | 'reconnecting';

/** Poll this often while the event stream is down (phone asleep, proxy without streaming, server gone). */
export const FALLBACK_POLL_MS = 2000;

/**
 * Keeps a live view fresh: an EventSource says "the lesson changed" (its id is the version) and the
 * view is fetched again; while the stream is down the view is polled, and waking the phone or
 * returning to the tab fetches at once. `alwaysPollMs` also polls with the stream up (the
 * presenter's answer counts change without the lesson's version changing).
 */
export function useLiveView<T extends { seq: number }>(
  sessionId: string,
  viewUrl: string,
  initial: T,
  alwaysPollMs: number | null = null,
  /** The stream of "changed" signals; the council passes its own. */
  eventsUrl = `/api/live/${sessionId}/events`,
) {
  const [view, setView] = useState<T>(initial);
  const [connection, setConnection] = useState<TConnection>('live');
  const seqRef = useRef(initial.seq);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  /**
   * Fetches the view. A call while a fetch is on its way does not start a second one, nor is it
   * dropped: that fetch may have left before the change being signalled, so one more follows it,
   * and the caller waits for both.
   */
  const refresh = useCallback((): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const run = (async () => {
      try {
        do {
          again.current = false;
          const res = await fetch(viewUrl, { cache: 'no-store' });
          if (!res.ok) continue;
          const next = (await res.json()) as T;
          // A slow response must not put an older state back on screen.
          if (next.seq >= seqRef.current) {
            seqRef.current = next.seq;
            setView(next);
          }
        } while (again.current);
      } catch {
        setConnection('reconnecting');
      } finally {
        running.current = null;
      }
    })();
    running.current = run;
    return run;
  }, [viewUrl]);

  useEffect(() => {
    let source: EventSource | null = null;
    const open = () => {
      source?.close();
      source = new EventSource(eventsUrl);
      source.onopen = () => setConnection('live');
      source.onerror = () => setConnection('reconnecting');
      source.addEventListener('change', (e) => {
        const version = Number((e as MessageEvent).lastEventId);
        if (!Number.isFinite(version) || version > seqRef.current) void refresh();
      });
      source.addEventListener('gone', () => source?.close());
    };
    open();
    const poll = setInterval(() => {
      if (source?.readyState !== EventSource.OPEN) void refresh();
      // A stream closed for good (server gone for longer than its retries) is reopened.
      if (source?.readyState === EventSource.CLOSED) open();
    }, FALLBACK_POLL_MS);
    const wake = () => {
      if (document.visibilityState === 'visible') {
        void refresh();
        if (source?.readyState !== EventSource.OPEN) open();
      }
    };
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('online', wake);
    return () => {
      clearInterval(poll);
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', wake);
      source?.close();
    };
  }, [eventsUrl, refresh]);

  useEffect(() => {
    if (!alwaysPollMs) return;
    const timer = setInterval(() => void refresh(), alwaysPollMs);
    return () => clearInterval(timer);
  }, [alwaysPollMs, refresh]);

  return { view, setView, refresh, connection };
}
