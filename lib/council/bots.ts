import { nextRandom } from '@/lib/scenario/random';
import type { TClaim, TCouncil } from './schema';
import { amendmentsFor, stanceOn } from './stance';
import type { TCouncilAction, TCouncilState } from './state';

/**
 * Bots play empty seats by their briefs. Their randomness is seeded from the council's seed, the
 * round and the seat, so a bot's move is a pure function of the state: the server can recompute it,
 * and a replay reproduces it. No Math.random anywhere.
 */

/** Chance that a delegation breaks silence at each stance 1..5 (index 0 is stance 1). */
export const BREAK_CHANCE = [1, 0.85, 0.3, 0.08, 0] as const;

export function seededUnit(seed: number, ...parts: (string | number)[]): number {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of parts.join('|')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return nextRandom(hash >>> 0).value;
}

function claimText(claims: readonly TClaim[], max: number): string {
  return (claims[0]?.text ?? '').slice(0, max);
}

/** A delegation's or the envoy's statement on the draft on the table, from its brief. */
export function botStatement(
  council: TCouncil,
  state: TCouncilState,
  seatId: string,
  clientId: string,
  at: number,
): TCouncilAction | null {
  const seat = council.seats.find((s) => s.id === seatId);
  if (!seat || seat.role === 'chair' || state.phase !== 'floor' || !state.draft) return null;
  const eventIds = state.events.map((e) => e.eventId);
  const draft = state.draft;
  const max = council.statementMaxChars;
  if (seat.role === 'envoy')
    return { type: 'state', clientId, seatId, at, text: claimText(seat.brief.interests, max) };
  const stance = stanceOn(council, seatId, draft, eventIds);
  // Propose the amendment that would help this seat most, if any would.
  const best = amendmentsFor(council, draft.proposalId)
    .filter((id) => !draft.amendmentIds.includes(id))
    .map((id) => ({ id, gain: council.amendments.find((a) => a.id === id)?.shifts[seatId] ?? 0 }))
    .sort((a, b) => b.gain - a.gain)[0];
  const text = stance >= 3 ? claimText(seat.brief.interests, max) : claimText(seat.brief.redLines, max);
  const action: TCouncilAction = { type: 'state', clientId, seatId, at, text };
  return best && best.gain > 0 ? { ...action, amendmentId: best.id } : action;
}

/** Whether a delegation bot breaks silence on the draft on the table, and when (a share of the window). */
export function botSilenceDecision(
  council: TCouncil,
  state: TCouncilState,
  seatId: string,
): { breaks: boolean; reason: string; atShare: number } {
  const seat = council.seats.find((s) => s.id === seatId);
  if (!seat || seat.role !== 'delegation' || !state.draft) return { breaks: false, reason: '', atShare: 0 };
  const stance = stanceOn(
    council,
    seatId,
    state.draft,
    state.events.map((e) => e.eventId),
  );
  const roll = seededUnit(state.seed, 'silence', state.round, state.drafts.length, seatId);
  return {
    breaks: roll < (BREAK_CHANCE[stance - 1] ?? 0),
    reason: claimText(seat.brief.redLines, council.statementMaxChars),
    atShare: seededUnit(state.seed, 'when', state.round, seatId),
  };
}

/** A chair bot tables a random proposal with each applicable amendment at even odds (random play). */
export function randomDraft(
  council: TCouncil,
  state: TCouncilState,
): { proposalId: string; amendmentIds: string[] } {
  const pick = seededUnit(state.seed, 'proposal', state.round);
  const proposal = council.proposals[Math.floor(pick * council.proposals.length)] ?? council.proposals[0];
  const proposalId = proposal?.id ?? '';
  const amendmentIds = amendmentsFor(council, proposalId).filter(
    (id) => seededUnit(state.seed, 'amend', state.round, id) < 0.5,
  );
  return { proposalId, amendmentIds };
}
