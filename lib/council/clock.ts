import { clockSeconds } from './engine';
import type { TCouncil } from './schema';
import type { TCouncilAction, TCouncilState } from './state';

/**
 * The server clock. Time only passes in the reducer through a `tick`, so a silence whose deadline
 * has gone by is adopted, and a council whose time is up ends, only when the server applies one.
 * These say when the next tick is due and build it; the data layer applies it when the council is
 * read, and each screen fetches its view again at the deadline it shows.
 */

/**
 * Seconds into the council at which the clock next changes the table: the deadline of an open
 * silence (when it falls within the clock), otherwise the end of the clock; null once ended.
 */
export function nextClockDeadline(
  state: Pick<TCouncilState, 'phase' | 'silenceDeadline'>,
  clockEnd: number,
): number | null {
  if (state.phase === 'ended') return null;
  if (state.phase === 'silence' && state.silenceDeadline !== null)
    return Math.min(state.silenceDeadline, clockEnd);
  return clockEnd;
}

/**
 * The tick due at `at` seconds, or null when no deadline has passed. Its client id comes from the
 * round and the deadline, not from who reads or when: two readers racing past the same deadline
 * build the same action, and the engine records it once.
 */
export function dueClockTick(state: TCouncilState, council: TCouncil, at: number): TCouncilAction | null {
  const deadline = nextClockDeadline(state, clockSeconds(council));
  if (deadline === null || at < deadline) return null;
  return { type: 'tick', clientId: `clock-r${state.round}-${deadline}`, at };
}

/** Past the deadline by the server's clock, so the read applies it (its seconds are whole). */
const AFTER_DEADLINE_MS = 600;
/** If a read past the deadline still showed the old table (its write lost a race), ask again. */
const RETRY_MS = 2000;

/**
 * How long a screen waits before fetching its view again so that the server applies the deadline
 * the view shows: timed by the server's clock as the view reported it (`serverNow`), never the
 * device's. Null once the council has ended.
 */
export function refetchDelayMs(view: {
  startedAt: string;
  serverNow: string;
  table: { state: Pick<TCouncilState, 'phase' | 'silenceDeadline'>; clock: { totalMinutes: number } };
}): number | null {
  const deadline = nextClockDeadline(view.table.state, view.table.clock.totalMinutes * 60);
  if (deadline === null) return null;
  const untilDeadline = Date.parse(view.startedAt) + deadline * 1000 - Date.parse(view.serverNow);
  return untilDeadline > 0 ? untilDeadline + AFTER_DEADLINE_MS : RETRY_MS;
}
