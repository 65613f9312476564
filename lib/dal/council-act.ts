import 'server-only';
import { db } from '@/lib/db';
import { applyWithBots } from '@/lib/council/bot-turns';
import { applyCouncilAction, clockSeconds, type TCouncilRefusal } from '@/lib/council/engine';
import { REFUSAL_TEXT, actionForMove, isChairMove, type TCouncilMove } from '@/lib/council/moves';
import { botSeatIds, seatOfStudent } from '@/lib/council/seating';
import type { TCouncilState } from '@/lib/council/state';
import { accept, refuse, type TOutcome, type TRefusalKind } from '@/lib/outcome/refusal';
import { realtimeBus } from '@/lib/realtime/server-bus';
import { findCouncilSession } from './council';
import { councilSeconds, councilTopic, loadCouncilState, type TLoadedCouncil } from './council-rows';
import type { SessionUser } from './users';

/**
 * Playing a council. Each move is checked by the pure reducer on the state replayed from the log,
 * the bots answer, and the new log is written with a compare-and-set on `seq` inside a transaction;
 * then the session's topic is published (ids only). A move whose client id is already in the log
 * records nothing (a double submit). When another move landed first, the move is tried again on the
 * newer table: statements from different seats all land, but a move the newer table no longer
 * allows (a second broken silence) is told the table changed.
 */

export type TMoveInput = { clientId: string; seq: number; move: TCouncilMove };
export type TMoveOutcome = { applied: boolean; seq: number };

/** More than a full table moving at once: each lost compare-and-set means another move landed. */
const ATTEMPTS = 40;

const KIND: Partial<Record<TCouncilRefusal, TRefusalKind>> = {
  'council-ended': 'closed',
  'clock-run-out': 'closed',
  'unknown-seat': 'forbidden',
  'not-chair': 'forbidden',
  'no-consent': 'forbidden',
  'no-voice': 'forbidden',
  'retable-limit': 'limit-reached',
  'already-stated': 'conflict',
};

export async function moveInCouncil(
  user: SessionUser,
  sessionId: string,
  input: TMoveInput,
  clock: () => Date = () => new Date(),
): Promise<TOutcome<TMoveOutcome>> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const row = await findCouncilSession(user, sessionId);
    if (!row) return refuse('not-found', 'No such council.');
    const loaded = loadCouncilState(row);
    if (!loaded)
      return refuse('closed', 'This council can no longer be played: its council file has changed.');
    const { state } = loaded;
    if (state.appliedClientIds.includes(input.clientId)) return accept({ applied: false, seq: row.seq });
    if (state.ended) return refuse('closed', REFUSAL_TEXT['council-ended']);

    const seatId = seatFor(user, loaded, input.move);
    if (!seatId) return refuse('forbidden', REFUSAL_TEXT['unknown-seat']);
    const at = councilSeconds(row, state, clock());
    const end = clockSeconds(loaded.council);
    if (at >= end) {
      // The clock ran out before this move: the move ends the council instead.
      const ended = applyCouncilAction(
        state,
        { type: 'tick', clientId: `clock-${row.seq}`, at },
        loaded.council,
      );
      if (ended.ok && (await writeState(loaded, ended.state, clock())))
        return refuse('closed', REFUSAL_TEXT['clock-run-out']);
      continue;
    }
    const action = actionForMove(
      input.move,
      { seatId, clientId: input.clientId, at },
      state.silenceDeadline,
      end,
    );
    if (!action) return refuse('invalid', REFUSAL_TEXT['wrong-phase']);
    const result = applyWithBots(loaded.council, state, action, botSeatIds(loaded.council, loaded.seats));
    if (!result.ok) {
      if (row.seq !== input.seq)
        return refuse('stale', `The table changed before your move arrived. ${REFUSAL_TEXT[result.reason]}`);
      return refuse(KIND[result.reason] ?? 'invalid', REFUSAL_TEXT[result.reason]);
    }
    if (await writeState(loaded, result.state, clock())) return accept({ applied: true, seq: row.seq + 1 });
  }
  return refuse('stale', 'The table is changing fast; look again and retry.');
}

/** The chair's seat for the class's teacher; a student's own seat for a delegation's move. */
function seatFor(user: SessionUser, loaded: TLoadedCouncil, move: TCouncilMove): string | null {
  if (user.role === 'TEACHER')
    return isChairMove(move) ? (loaded.council.seats.find((s) => s.role === 'chair')?.id ?? null) : null;
  return isChairMove(move) ? null : seatOfStudent(loaded.seats, user.id);
}

/** The compare-and-set: true when this write moved the session from the version it was read at. */
async function writeState(loaded: TLoadedCouncil, state: TCouncilState, now: Date): Promise<boolean> {
  const { row } = loaded;
  const ended = state.ended !== null;
  const claimed = await db().$transaction((tx) =>
    tx.councilSession.updateMany({
      where: { id: row.id, seq: row.seq },
      data: {
        actions: JSON.stringify(state.log),
        seq: { increment: 1 },
        ...(ended ? { status: 'ENDED', endedAt: now } : {}),
      },
    }),
  );
  if (claimed.count === 0) return false;
  await realtimeBus().publish(councilTopic(row.id));
  return true;
}
