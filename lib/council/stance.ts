import { ACCEPTABLE_STANCE, STANCE_MAX, STANCE_MIN, type TCouncil } from './schema';
import type { TDraft } from './state';

/** A delegation's stance on a draft after the given events: proposal value plus shifts, clamped. */
export function stanceOn(
  council: TCouncil,
  seatId: string,
  draft: TDraft,
  eventIds: readonly string[],
): number {
  const proposal = council.proposals.find((p) => p.id === draft.proposalId);
  const base = proposal?.stances[seatId] ?? STANCE_MIN;
  const amendmentShift = draft.amendmentIds
    .map((id) => council.amendments.find((a) => a.id === id)?.shifts[seatId] ?? 0)
    .reduce((sum, s) => sum + s, 0);
  const eventShift = eventIds
    .map((id) => council.events.find((e) => e.id === id))
    .filter((e) => e !== undefined && (e.appliesTo === undefined || e.appliesTo.includes(draft.proposalId)))
    .map((e) => e?.shifts[seatId] ?? 0)
    .reduce((sum, s) => sum + s, 0);
  return Math.min(STANCE_MAX, Math.max(STANCE_MIN, base + amendmentShift + eventShift));
}

export function delegationIds(council: TCouncil): string[] {
  return council.seats.filter((s) => s.role === 'delegation').map((s) => s.id);
}

/** Whether every delegation's brief lets it accept the draft (the condition for consensus to be possible). */
export function acceptableToAll(council: TCouncil, draft: TDraft, eventIds: readonly string[]): boolean {
  return delegationIds(council).every((id) => stanceOn(council, id, draft, eventIds) >= ACCEPTABLE_STANCE);
}

/** Amendments the chair may attach to a proposal. */
export function amendmentsFor(council: TCouncil, proposalId: string): string[] {
  return council.amendments.filter((a) => a.appliesTo.includes(proposalId)).map((a) => a.id);
}
