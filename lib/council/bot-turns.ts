import { botSilenceDecision, botStatement } from './bots';
import { applyCouncilAction, type TCouncilResult } from './engine';
import type { TCouncil } from './schema';
import type { TCouncilAction, TCouncilState } from './state';

/**
 * The moves of the bot seats once a human has acted, at the same server time: each bot that has not
 * spoken on the draft on the floor makes its statement; when silence is opened, the bot delegations
 * whose briefs cannot live with the draft may break it (the earliest in its window first, and one
 * broken silence ends the round). Client ids are derived from the round and draft, so the moves are
 * the same on every replay and a repeat records once.
 */
export function botMoves(
  council: TCouncil,
  state: TCouncilState,
  botSeats: readonly string[],
  at: number,
): TCouncilAction[] {
  const key = `${state.round}-${state.drafts.length}`;
  if (state.phase === 'floor') {
    const spoken = new Set(state.statements.filter((s) => s.round === state.round).map((s) => s.seatId));
    return botSeats
      .filter((seatId) => !spoken.has(seatId))
      .map((seatId) => botStatement(council, state, seatId, `bot-${key}-${seatId}-state`, at))
      .filter((action): action is TCouncilAction => action !== null);
  }
  if (state.phase === 'silence') {
    const breaking = botSeats
      .map((seatId) => ({ seatId, ...botSilenceDecision(council, state, seatId) }))
      .filter((d) => d.breaks)
      .sort((a, b) => a.atShare - b.atShare)[0];
    if (!breaking) return [];
    const clientId = `bot-${key}-${breaking.seatId}-break`;
    return [{ type: 'break-silence', clientId, seatId: breaking.seatId, at, reason: breaking.reason }];
  }
  return [];
}

/** Applies a human's (or the chair's) action, then the bots' answers to it, until the bots are done. */
export function applyWithBots(
  council: TCouncil,
  state: TCouncilState,
  action: TCouncilAction,
  botSeats: readonly string[],
): TCouncilResult {
  const result = applyCouncilAction(state, action, council);
  if (!result.ok) return result;
  let current = result.state;
  // A bot's broken silence opens a new round in 'tabling', where bots have nothing to do: this ends.
  for (let moves = botMoves(council, current, botSeats, action.at); moves.length > 0;) {
    for (const move of moves) {
      const next = applyCouncilAction(current, move, council);
      if (next.ok) current = next.state;
    }
    const again = botMoves(council, current, botSeats, action.at);
    moves = again.filter((m) => !current.appliedClientIds.includes(m.clientId));
  }
  return { ok: true, state: current };
}
