import 'server-only';
import { db } from '@/lib/db';
import { dueClockTick } from '@/lib/council/clock';
import { applyCouncilAction } from '@/lib/council/engine';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { findCouncilSession } from './council';
import {
  COUNCIL_SESSION_COLUMNS,
  councilSeconds,
  loadCouncilState,
  type TLoadedCouncil,
} from './council-rows';
import { writeCouncilState } from './council-write';
import type { SessionUser } from './users';

/**
 * The server clock, run whenever a council is read (a screen's view, a move, the record): when a
 * silence deadline or the clock's end has passed, the engine's tick is applied once and written with
 * the compare-and-set, and the topic published, so "Adopted" reaches every screen without anyone
 * moving. The tick's client id comes from the deadline: readers racing past it write it once (the
 * loser of the compare-and-set reads the winner's table, where nothing is left to do).
 */

/** One read, one tick at most; a few retries cover readers and movers landing together. */
const ATTEMPTS = 8;

export async function runCouncilClock(loaded: TLoadedCouncil, now: Date): Promise<TLoadedCouncil> {
  let current = loaded;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const at = councilSeconds(current.row, current.state, now);
    const tick = dueClockTick(current.state, current.council, at);
    if (!tick) return current;
    const result = applyCouncilAction(current.state, tick, current.council);
    if (!result.ok) return current;
    const written = await writeCouncilState(current, result.state, now);
    if (written) return written;
    const row = await db().councilSession.findUnique({
      where: { id: current.row.id },
      select: COUNCIL_SESSION_COLUMNS,
    });
    const reread = row ? loadCouncilState(row) : null;
    if (!reread) return current;
    current = reread;
  }
  return current;
}

/**
 * A council as it stands now, for someone who may see it (its teacher, a student of its class): a
 * deadline that has passed is applied before anyone sees the table.
 */
export async function loadCouncilNow(
  user: SessionUser,
  sessionId: string,
  now: Date,
): Promise<TOutcome<TLoadedCouncil>> {
  const row = await findCouncilSession(user, sessionId);
  if (!row) return refuse('not-found', 'No such council.');
  const loaded = loadCouncilState(row);
  if (!loaded) return refuse('closed', 'This council can no longer be shown: its council file has changed.');
  return accept(await runCouncilClock(loaded, now));
}
