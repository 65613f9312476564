'use client';
import { useEffect } from 'react';
import { nextClockDeadline } from '@/lib/council/clock';
import type { TCouncilViewBase } from '@/lib/council/view-types';

/** Past the deadline by the server's clock, so its read applies it (its seconds are whole). */
const AFTER_DEADLINE_MS = 600;
/** If a read past the deadline still showed the old table (the write lost a race), ask again. */
const RETRY_MS = 2000;

/**
 * Fetches the view again when the deadline it shows passes (the silence's, or the clock's end): the
 * server applies the deadline on that read and tells every other screen, so "Adopted" appears with
 * nobody touching anything. Timed by the server's clock as the view reported it, never the device's.
 */
export function useDeadlineRefresh(view: TCouncilViewBase, refresh: () => Promise<void>): void {
  const { state, clock } = view.table;
  const deadline = nextClockDeadline(state, clock.totalMinutes * 60);
  const { startedAt, serverNow } = view;
  useEffect(() => {
    if (deadline === null) return;
    const untilDeadline = Date.parse(startedAt) + deadline * 1000 - Date.parse(serverNow);
    const delay = untilDeadline > 0 ? untilDeadline + AFTER_DEADLINE_MS : RETRY_MS;
    const timer = setTimeout(() => void refresh(), delay);
    return () => clearTimeout(timer);
  }, [deadline, startedAt, serverNow, refresh]);
}
