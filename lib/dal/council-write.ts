import 'server-only';
import { db } from '@/lib/db';
import type { TCouncilState } from '@/lib/council/state';
import { realtimeBus } from '@/lib/realtime/server-bus';
import { councilTopic, type TLoadedCouncil } from './council-rows';

/**
 * The compare-and-set every change to a council's log goes through: the new log is written only if
 * the session is still at the version it was read at, then the session's topic is published (ids
 * only) so every screen fetches its view again. Returns the session as written, or null when
 * another write landed first (the caller reads again).
 */
export async function writeCouncilState(
  loaded: TLoadedCouncil,
  state: TCouncilState,
  now: Date,
): Promise<TLoadedCouncil | null> {
  const { row } = loaded;
  const ended = state.ended !== null;
  const actions = JSON.stringify(state.log);
  const claimed = await db().$transaction((tx) =>
    tx.councilSession.updateMany({
      where: { id: row.id, seq: row.seq },
      data: { actions, seq: { increment: 1 }, ...(ended ? { status: 'ENDED', endedAt: now } : {}) },
    }),
  );
  if (claimed.count === 0) return null;
  await realtimeBus().publish(councilTopic(row.id));
  const written = { ...row, actions, seq: row.seq + 1, ...(ended ? { status: 'ENDED', endedAt: now } : {}) };
  return { ...loaded, row: written, state };
}
