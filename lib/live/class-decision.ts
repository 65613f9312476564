import type { TBar } from './distribution';

/**
 * A live scenario lesson's decisions, pure: the class votes on a decision's choices, the teacher
 * takes one. The class's choice is the one with the most votes; a tie (or no vote at all) leaves it
 * to the teacher. Going against a clear majority needs a reason, recorded with the decision, so a
 * class can see why its vote was overruled.
 */

export type TChoice = { id: string; label: string };

/** Votes per choice, in the decision's own order; a vote for a choice not offered counts nowhere. */
export function tallyChoices(choices: readonly TChoice[], votes: readonly string[]): TBar[] {
  return choices.map((c) => ({ id: c.id, label: c.label, count: votes.filter((v) => v === c.id).length }));
}

export type TClassChoice =
  | { kind: 'majority'; choiceId: string }
  /** Several choices share the most votes: the teacher must choose among them (or explain another). */
  | { kind: 'tie'; choiceIds: string[] }
  | { kind: 'no-votes' };

export function classChoice(tally: readonly TBar[]): TClassChoice {
  const most = Math.max(0, ...tally.map((b) => b.count));
  if (most === 0) return { kind: 'no-votes' };
  const leaders = tally.filter((b) => b.count === most).map((b) => b.id);
  return leaders.length === 1
    ? { kind: 'majority', choiceId: leaders[0]! }
    : { kind: 'tie', choiceIds: leaders };
}

/** Taking this choice follows the class: its majority, one of the tied choices, or anything when nobody voted. */
export function followsClassVote(tally: readonly TBar[], choiceId: string): boolean {
  const vote = classChoice(tally);
  if (vote.kind === 'no-votes') return true;
  return vote.kind === 'majority' ? vote.choiceId === choiceId : vote.choiceIds.includes(choiceId);
}

export const MAX_REASON_LENGTH = 500;

export type TDecisionCheck = { ok: true; reason: string | null } | { ok: false; message: string };

/**
 * Whether the teacher may take `choiceId` with this reason. Following the class (its majority, one
 * of the tied choices, or anything when nobody voted) needs no reason; going against it does.
 */
export function checkTeacherDecision(
  tally: readonly TBar[],
  choiceId: string,
  reason: string | null,
): TDecisionCheck {
  if (!tally.some((b) => b.id === choiceId)) return { ok: false, message: 'That choice is not open now.' };
  const said = reason?.trim() ? reason.trim() : null;
  if (said && said.length > MAX_REASON_LENGTH)
    return { ok: false, message: `Keep the reason under ${MAX_REASON_LENGTH} characters.` };
  if (!followsClassVote(tally, choiceId) && !said)
    return { ok: false, message: 'You are going against the class’s vote: say why, for the record.' };
  return { ok: true, reason: said };
}
