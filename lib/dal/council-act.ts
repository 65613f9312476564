import 'server-only';
import { applyWithBots } from '@/lib/council/bot-turns';
import { clockSeconds, type TCouncilRefusal } from '@/lib/council/engine';
import { REFUSAL_TEXT, actionForMove, isChairMove, type TCouncilMove } from '@/lib/council/moves';
import { botSeatIds, seatOfStudent } from '@/lib/council/seating';
import type { TCouncilState } from '@/lib/council/state';
import { accept, refuse, type TOutcome, type TRefusalKind } from '@/lib/outcome/refusal';
import { findCouncilSession } from './council';
import { runCouncilClock } from './council-clock';
import { councilSeconds, loadCouncilState, type TLoadedCouncil } from './council-rows';
import { writeCouncilState } from './council-write';
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
    const read = loadCouncilState(row);
    if (!read) return refuse('closed', 'This council can no longer be played: its council file has changed.');
    const now = clock();
    // A deadline that passed before this move arrived is applied first: the move meets that table.
    const loaded = await runCouncilClock(read, now);
    const { state } = loaded;
    if (state.appliedClientIds.includes(input.clientId))
      return accept({ applied: false, seq: loaded.row.seq });
    if (state.ended) {
      // The chair closing a silence (or ending) the clock has just closed got what they asked for.
      if (!read.state.ended && user.role === 'TEACHER' && isClockMove(input.move))
        return accept({ applied: false, seq: loaded.row.seq });
      return refuse('closed', REFUSAL_TEXT[endedText(read.state, state)]);
    }

    const seatId = seatFor(user, loaded, input.move);
    if (!seatId) return refuse('forbidden', REFUSAL_TEXT['unknown-seat']);
    const at = councilSeconds(loaded.row, state, now);
    const action = actionForMove(
      input.move,
      { seatId, clientId: input.clientId, at },
      state.silenceDeadline,
      clockSeconds(loaded.council),
    );
    if (!action) return refuse('invalid', REFUSAL_TEXT['wrong-phase']);
    const result = applyWithBots(loaded.council, state, action, botSeatIds(loaded.council, loaded.seats));
    if (!result.ok) {
      if (loaded.row.seq !== input.seq)
        return refuse('stale', `The table changed before your move arrived. ${REFUSAL_TEXT[result.reason]}`);
      return refuse(KIND[result.reason] ?? 'invalid', REFUSAL_TEXT[result.reason]);
    }
    if (await writeCouncilState(loaded, result.state, now))
      return accept({ applied: true, seq: loaded.row.seq + 1 });
  }
  return refuse('stale', 'The table is changing fast; look again and retry.');
}

const isClockMove = (move: TCouncilMove) => move.type === 'close-silence' || move.type === 'end';

/** Why a move found the council over: the clock ended it as the move arrived, or it had ended. */
function endedText(before: TCouncilState, after: TCouncilState): TCouncilRefusal {
  if (before.ended || !after.ended) return 'council-ended';
  return after.ended.outcome === 'adopted' ? 'silence-over' : 'clock-run-out';
}

/** The chair's seat for the class's teacher; a student's own seat for a delegation's move. */
function seatFor(user: SessionUser, loaded: TLoadedCouncil, move: TCouncilMove): string | null {
  if (user.role === 'TEACHER')
    return isChairMove(move) ? (loaded.council.seats.find((s) => s.role === 'chair')?.id ?? null) : null;
  return isChairMove(move) ? null : seatOfStudent(loaded.seats, user.id);
}
