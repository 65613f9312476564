import { drawWeighted, seedToRngState } from '@/lib/scenario/random';
import type { TCouncil } from './schema';
import type { TCouncilAction, TCouncilState, TDraft } from './state';

/**
 * The council engine: a pure, deterministic reducer. The procedure follows NATO's: the chair tables a
 * draft; delegations (and the envoy, without consent) make one short statement per round and may
 * propose an amendment; the chair may amend and re-table, then opens a silence procedure. The draft
 * is adopted when the deadline passes unbroken; one delegation breaking silence, with a written
 * reason, blocks it and ends the round. There are no votes. Between rounds a hypothetical event is
 * drawn from the seeded generator. The council ends adopted, or when the clock or the rounds run out.
 *
 * Every action carries a client id; a repeat is accepted as a no-op, so a double submit records once.
 */

export type TCouncilRefusal =
  | 'council-ended'
  | 'unknown-seat'
  /** Only the chair tables drafts and opens silence. */
  | 'not-chair'
  /** The chair and the envoy have no consent to withhold; the chair makes no statement. */
  | 'no-consent'
  | 'no-voice'
  | 'wrong-phase'
  | 'unknown-proposal'
  | 'unknown-amendment'
  | 'already-stated'
  | 'statement-required'
  | 'statement-too-long'
  /** A broken silence must carry a written reason, as an ally's letter does. */
  | 'reason-required'
  | 'retable-limit'
  | 'silence-over'
  | 'clock-run-out'
  | 'clock-backwards';

export type TCouncilResult = { ok: true; state: TCouncilState } | { ok: false; reason: TCouncilRefusal };

/** A reason shorter than this is not a reason a room can discuss. */
export const MIN_REASON_CHARS = 15;

export function startCouncil(seed: number): TCouncilState {
  return {
    seed,
    rngState: seedToRngState(seed),
    now: 0,
    round: 1,
    phase: 'tabling',
    draft: null,
    retablesThisRound: 0,
    silenceDeadline: null,
    drafts: [],
    statements: [],
    brokenSilences: [],
    events: [],
    ended: null,
    appliedClientIds: [],
    log: [],
  };
}

export function clockSeconds(council: TCouncil): number {
  return council.clock.totalMinutes * 60;
}

export function applyCouncilAction(
  state: TCouncilState,
  action: TCouncilAction,
  council: TCouncil,
): TCouncilResult {
  if (state.appliedClientIds.includes(action.clientId)) return { ok: true, state };
  if (state.ended) return { ok: false, reason: 'council-ended' };
  if (!Number.isInteger(action.at) || action.at < state.now) return { ok: false, reason: 'clock-backwards' };
  if (action.type === 'tick') return { ok: true, state: record(tick(state, action.at, council), action) };
  if (action.at >= clockSeconds(council)) return { ok: false, reason: 'clock-run-out' };

  const seat = council.seats.find((s) => s.id === action.seatId);
  if (!seat) return { ok: false, reason: 'unknown-seat' };
  const result = applySeatAction(state, action, seat.role, council);
  return result.ok ? { ok: true, state: record({ ...result.state, now: action.at }, action) } : result;
}

type TSeatAction = Exclude<TCouncilAction, { type: 'tick' }>;

function applySeatAction(
  state: TCouncilState,
  action: TSeatAction,
  role: TCouncil['seats'][number]['role'],
  council: TCouncil,
): TCouncilResult {
  switch (action.type) {
    case 'table': {
      if (role !== 'chair') return { ok: false, reason: 'not-chair' };
      if (state.phase === 'silence') return { ok: false, reason: 'wrong-phase' };
      const invalid = draftProblem(action.draft, council);
      if (invalid) return { ok: false, reason: invalid };
      const retable = state.phase === 'floor';
      if (retable && state.retablesThisRound >= council.clock.retablesPerRound)
        return { ok: false, reason: 'retable-limit' };
      const draft = {
        proposalId: action.draft.proposalId,
        amendmentIds: [...new Set(action.draft.amendmentIds)],
      };
      return {
        ok: true,
        state: {
          ...state,
          phase: 'floor',
          draft,
          retablesThisRound: state.retablesThisRound + (retable ? 1 : 0),
          drafts: [...state.drafts, { round: state.round, at: action.at, draft }],
        },
      };
    }
    case 'state': {
      if (role === 'chair') return { ok: false, reason: 'no-voice' };
      if (state.phase !== 'floor') return { ok: false, reason: 'wrong-phase' };
      const text = action.text.trim();
      if (text.length === 0) return { ok: false, reason: 'statement-required' };
      if (text.length > council.statementMaxChars) return { ok: false, reason: 'statement-too-long' };
      if (state.statements.some((s) => s.round === state.round && s.seatId === action.seatId))
        return { ok: false, reason: 'already-stated' };
      const { amendmentId } = action;
      if (amendmentId !== undefined && !council.amendments.some((a) => a.id === amendmentId))
        return { ok: false, reason: 'unknown-amendment' };
      const statement = { round: state.round, at: action.at, seatId: action.seatId, text, amendmentId };
      if (amendmentId === undefined) delete statement.amendmentId;
      return { ok: true, state: { ...state, statements: [...state.statements, statement] } };
    }
    case 'open-silence': {
      if (role !== 'chair') return { ok: false, reason: 'not-chair' };
      if (state.phase !== 'floor') return { ok: false, reason: 'wrong-phase' };
      const deadline = action.at + council.clock.silenceMinutes * 60;
      return { ok: true, state: { ...state, phase: 'silence', silenceDeadline: deadline } };
    }
    case 'break-silence': {
      if (role !== 'delegation') return { ok: false, reason: 'no-consent' };
      if (state.phase !== 'silence' || !state.draft) return { ok: false, reason: 'wrong-phase' };
      if (state.silenceDeadline !== null && action.at >= state.silenceDeadline)
        return { ok: false, reason: 'silence-over' };
      const reason = action.reason.trim();
      if (reason.length < MIN_REASON_CHARS) return { ok: false, reason: 'reason-required' };
      if (reason.length > council.statementMaxChars) return { ok: false, reason: 'statement-too-long' };
      const broken = { round: state.round, at: action.at, seatId: action.seatId, reason, draft: state.draft };
      return {
        ok: true,
        state: nextRound({ ...state, brokenSilences: [...state.brokenSilences, broken] }, action.at, council),
      };
    }
  }
}

function draftProblem(draft: TDraft, council: TCouncil): TCouncilRefusal | null {
  if (!council.proposals.some((p) => p.id === draft.proposalId)) return 'unknown-proposal';
  const fits = (id: string) =>
    council.amendments.some((a) => a.id === id && a.appliesTo.includes(draft.proposalId));
  return draft.amendmentIds.every(fits) ? null : 'unknown-amendment';
}

/** Time passes: an unbroken silence whose deadline came first adopts the draft; then the clock may end the council. */
function tick(state: TCouncilState, at: number, council: TCouncil): TCouncilState {
  const limit = clockSeconds(council);
  const deadline = state.silenceDeadline;
  if (state.phase === 'silence' && state.draft && deadline !== null && at >= deadline && deadline <= limit)
    return end(state, { outcome: 'adopted', at: deadline, round: state.round, draft: state.draft }, at);
  if (at >= limit) return end(state, { outcome: 'clock-run-out', at: limit, round: state.round }, at);
  return { ...state, now: at };
}

/** A blocked draft ends the round: draw a hypothetical event, or end if no round is left. */
function nextRound(state: TCouncilState, at: number, council: TCouncil): TCouncilState {
  if (state.round >= council.clock.rounds)
    return end(state, { outcome: 'clock-run-out', at, round: state.round }, at);
  const drawn = new Set(state.events.map((e) => e.eventId));
  const remaining = council.events.filter((e) => !drawn.has(e.id));
  const [first, ...rest] = remaining;
  const draw = first ? drawWeighted([first, ...rest], state.rngState) : null;
  return {
    ...state,
    round: state.round + 1,
    phase: 'tabling',
    draft: null,
    retablesThisRound: 0,
    silenceDeadline: null,
    rngState: draw ? draw.rngState : state.rngState,
    events: draw ? [...state.events, { afterRound: state.round, eventId: draw.item.id }] : state.events,
  };
}

function end(state: TCouncilState, ended: NonNullable<TCouncilState['ended']>, at: number): TCouncilState {
  return { ...state, now: at, phase: 'ended', silenceDeadline: null, ended };
}

function record(state: TCouncilState, action: TCouncilAction): TCouncilState {
  return {
    ...state,
    appliedClientIds: [...state.appliedClientIds, action.clientId],
    log: [...state.log, action],
  };
}

export type TCouncilReplay =
  | { ok: true; state: TCouncilState }
  | { ok: false; reason: TCouncilRefusal; failedAt: number; state: TCouncilState };

/** Replays an action log from the seed; identical inputs give an identical state. */
export function replayCouncil(
  council: TCouncil,
  seed: number,
  actions: readonly TCouncilAction[],
): TCouncilReplay {
  let state = startCouncil(seed);
  for (const [position, action] of actions.entries()) {
    const result = applyCouncilAction(state, action, council);
    if (!result.ok) return { ok: false, reason: result.reason, failedAt: position, state };
    state = result.state;
  }
  return { ok: true, state };
}
