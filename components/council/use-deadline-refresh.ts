'use client';
import { useEffect } from 'react';
import { refetchDelayMs } from '@/lib/council/clock';
import type { TCouncilViewBase } from '@/lib/council/view-types';

/**
 * Fetches the view again when the deadline it shows passes (the silence's, or the clock's end): the
 * server applies the deadline on that read and tells every other screen, so "Adopted" appears with
 * nobody touching anything. A new view (a move, another screen's change, this refetch) sets a new
 * timer.
 */
export function useDeadlineRefresh(view: TCouncilViewBase, refresh: () => Promise<void>): void {
  const delay = refetchDelayMs(view);
  // Keyed on the view's server time too: every fetched view, even one just like the last, sets a timer.
  const { serverNow } = view;
  useEffect(() => {
    if (delay === null) return;
    const timer = setTimeout(() => void refresh(), delay);
    return () => clearTimeout(timer);
  }, [delay, serverNow, refresh]);
}
