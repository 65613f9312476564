import 'server-only';
import { z } from 'zod';
import type { TLivePhase, TLiveState } from '@/lib/live/controls';

/** Conversions between LiveSession rows and the pure state; the topic name of a session. */

export const liveTopic = (sessionId: string): string => `live:${sessionId}`;

export const LIVE_SESSION_COLUMNS = {
  id: true,
  classId: true,
  kind: true,
  contentSlug: true,
  contentVersion: true,
  itemOrder: true,
  phase: true,
  currentIndex: true,
  round: true,
  votesShown: true,
  paused: true,
  pairing: true,
  seq: true,
  startedAt: true,
  movedAt: true,
  endedAt: true,
  endedBy: true,
} as const;

export type TLiveSessionRow = {
  id: string;
  classId: string;
  kind: string;
  contentSlug: string;
  contentVersion: string;
  itemOrder: string;
  phase: string;
  currentIndex: number;
  round: number;
  votesShown: boolean;
  paused: boolean;
  pairing: boolean;
  seq: number;
  startedAt: Date;
  movedAt: Date;
  endedAt: Date | null;
  endedBy: string | null;
};

const PHASES: readonly TLivePhase[] = ['OPEN', 'CLOSED', 'REVEALED', 'ENDED'];

export function stateOf(row: TLiveSessionRow): TLiveState {
  const phase = PHASES.find((p) => p === row.phase) ?? 'ENDED';
  return {
    phase,
    currentIndex: row.currentIndex,
    round: row.round === 2 ? 2 : 1,
    votesShown: row.votesShown,
    paused: row.paused,
    pairing: row.pairing,
  };
}

export function itemOrderOf(row: Pick<TLiveSessionRow, 'itemOrder'>): string[] {
  const parsed = z.array(z.string()).safeParse(JSON.parse(row.itemOrder));
  return parsed.success ? parsed.data : [];
}

export const currentQuestionId = (row: TLiveSessionRow): string | undefined =>
  itemOrderOf(row)[row.currentIndex];
