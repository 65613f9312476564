import 'server-only';
import { z } from 'zod';
import { getCouncil } from '@/lib/council/catalog';
import { replayCouncil } from '@/lib/council/engine';
import type { TCouncil } from '@/lib/council/schema';
import type { TSeatAssignment } from '@/lib/council/seating';
import type { TCouncilAction, TCouncilState } from '@/lib/council/state';

/** Conversions between CouncilSession rows and the pure state; the topic name of a session. */

export const councilTopic = (sessionId: string): string => `council:${sessionId}`;

export const COUNCIL_SESSION_COLUMNS = {
  id: true,
  classId: true,
  contentSlug: true,
  contentVersion: true,
  seed: true,
  seats: true,
  actions: true,
  status: true,
  seq: true,
  startedAt: true,
  endedAt: true,
} as const;

export type TCouncilSessionRow = {
  id: string;
  classId: string;
  contentSlug: string;
  contentVersion: string;
  seed: number;
  seats: string;
  actions: string;
  status: string;
  seq: number;
  startedAt: Date;
  endedAt: Date | null;
};

const ZSeats = z.record(z.string(), z.array(z.string()));

export function seatsOf(row: Pick<TCouncilSessionRow, 'seats'>): TSeatAssignment {
  return ZSeats.parse(JSON.parse(row.seats));
}

export type TLoadedCouncil = {
  row: TCouncilSessionRow;
  council: TCouncil;
  seats: TSeatAssignment;
  state: TCouncilState;
};

/**
 * The session's council and its state, replayed from the log. Null when the council file is gone,
 * has changed since the session opened, or the log no longer replays: the record is then shown as
 * it was never rewritten.
 */
export function loadCouncilState(row: TCouncilSessionRow): TLoadedCouncil | null {
  const entry = getCouncil(row.contentSlug);
  if (!entry || entry.version !== row.contentVersion) return null;
  const actions = JSON.parse(row.actions) as TCouncilAction[];
  const replay = replayCouncil(entry.council, row.seed, actions);
  if (!replay.ok) return null;
  return { row, council: entry.council, seats: seatsOf(row), state: replay.state };
}

/** Whole seconds since the council opened, never before the council's own clock (a closed silence moves it on). */
export function councilSeconds(row: Pick<TCouncilSessionRow, 'startedAt'>, state: TCouncilState, now: Date) {
  return Math.max(state.now, Math.floor((now.getTime() - row.startedAt.getTime()) / 1000));
}
