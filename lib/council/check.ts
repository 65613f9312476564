import { findCopiedRuns } from '@/lib/content/no-copy';
import type { TSourceCatalog } from '@/lib/scenario/source-refs';
import { applyCouncilAction, startCouncil } from './engine';
import { ACCEPTABLE_STANCE, COMFORTABLE_STANCE, type TClaim, type TCouncil } from './schema';
import { acceptableToAll, amendmentsFor, delegationIds, stanceOn } from './stance';
import type { TDraft } from './state';

/**
 * Proves the properties that make a council worth playing, by exhaustive search over every draft
 * (a proposal with any subset of its amendments) and every set of events that can have been drawn:
 * every proposal and amendment can be tabled; consensus is possible; it is not automatic (in the first
 * round, before any event, every draft leaves some delegation short of comfortable, so some seat has
 * a reason in its brief to break silence); and every delegation has some draft it can accept.
 * Returns problems as `item: message`.
 */
export function checkCouncil(council: TCouncil, catalog: TSourceCatalog | null): string[] {
  const problems: string[] = [];
  const drafts = allDrafts(council);
  const eventSets = subsets(
    council.events.map((e) => e.id),
    council.clock.rounds - 1,
  );

  for (const proposal of council.proposals) {
    const amendmentIds = amendmentsFor(council, proposal.id);
    const tabled = applyCouncilAction(
      startCouncil(0),
      {
        type: 'table',
        clientId: 'check',
        seatId: chairId(council),
        at: 0,
        draft: { proposalId: proposal.id, amendmentIds },
      },
      council,
    );
    if (!tabled.ok) problems.push(`proposal "${proposal.id}": cannot be tabled (${tabled.reason})`);
  }
  for (const a of council.amendments)
    if (!council.proposals.some((p) => a.appliesTo.includes(p.id)))
      problems.push(`amendment "${a.id}": applies to no proposal, so it can never be tabled`);

  const consensus = drafts.flatMap((draft) =>
    eventSets
      .filter((events) => acceptableToAll(council, draft, events))
      .map((events) => ({ draft, events })),
  );
  if (consensus.length === 0)
    problems.push(
      'council: no draft, under any events, is acceptable to every delegation (consensus impossible)',
    );
  for (const draft of drafts)
    if (delegationIds(council).every((id) => stanceOn(council, id, draft, []) >= COMFORTABLE_STANCE))
      problems.push(
        `proposal "${draft.proposalId}": with [${draft.amendmentIds.join(', ')}] every delegation is comfortable in the first round (consensus automatic)`,
      );
  for (const seatId of delegationIds(council)) {
    const yes = drafts.some((draft) =>
      eventSets.some((events) => stanceOn(council, seatId, draft, events) >= ACCEPTABLE_STANCE),
    );
    if (!yes) problems.push(`seat "${seatId}": no draft under any events lets it agree (no path to yes)`);
  }

  for (const event of council.events)
    if (!/^hypothetical\b/i.test(event.text))
      problems.push(`event "${event.id}": its text must start by saying it is hypothetical`);
  problems.push(...claimProblems(council, catalog), ...copyProblems(council));
  return problems;
}

function chairId(council: TCouncil): string {
  return council.seats.find((s) => s.role === 'chair')?.id ?? '';
}

export function allDrafts(council: TCouncil): TDraft[] {
  return council.proposals.flatMap((p) =>
    subsets(amendmentsFor(council, p.id), Infinity).map((amendmentIds) => ({
      proposalId: p.id,
      amendmentIds,
    })),
  );
}

export function subsets(ids: readonly string[], maxSize: number): string[][] {
  const out: string[][] = [[]];
  for (const id of ids)
    for (const existing of [...out]) if (existing.length < maxSize) out.push([...existing, id]);
  return out;
}

/** Real governments' delegations carry sourced claims only; every source reference must exist. */
function claimProblems(council: TCouncil, catalog: TSourceCatalog | null): string[] {
  const problems: string[] = [];
  const refs: { where: string; ref: string }[] = council.sources.map((ref) => ({ where: 'briefing', ref }));
  for (const seat of council.seats)
    for (const [part, claims] of Object.entries(seat.brief) as [string, TClaim[]][])
      claims.forEach((claim, i) => {
        const where = `seat "${seat.id}" ${part} ${i + 1}`;
        if ('composite' in claim && seat.role === 'delegation' && !seat.composite)
          problems.push(`${where}: a real government's brief cannot carry a composite claim; source it`);
        if ('sources' in claim) refs.push(...claim.sources.map((ref) => ({ where, ref })));
      });
  for (const [seatId, claim] of Object.entries(council.debrief.obstacles)) {
    const where = `debrief obstacle "${seatId}"`;
    const seat = council.seats.find((s) => s.id === seatId);
    if ('composite' in claim && seat && !seat.composite)
      problems.push(`${where}: a real government's obstacle cannot be a composite claim; source it`);
    if ('sources' in claim) refs.push(...claim.sources.map((ref) => ({ where, ref })));
  }
  council.debrief.asOfOutcome.forEach((claim, i) =>
    refs.push(...claim.sources.map((ref) => ({ where: `debrief asOfOutcome ${i + 1}`, ref }))),
  );
  for (const item of [...council.proposals, ...council.amendments])
    refs.push(...item.sources.map((ref) => ({ where: `"${item.id}"`, ref })));
  if (!catalog) return problems;
  for (const { where, ref } of refs) {
    const [sourceId = '', locator = ''] = ref.split('#');
    const locators = catalog.get(sourceId);
    if (!locators) problems.push(`${where}: unknown source "${sourceId}" in "${ref}"`);
    else if (!locators.has(locator))
      problems.push(`${where}: source "${sourceId}" has no locator "${locator}"`);
  }
  return problems;
}

function copyProblems(council: TCouncil): string[] {
  const prose: { where: string; text: string }[] = [{ where: 'briefing', text: council.briefing }];
  for (const seat of council.seats)
    for (const [part, claims] of Object.entries(seat.brief) as [string, TClaim[]][])
      claims.forEach((c, i) => prose.push({ where: `seat "${seat.id}" ${part} ${i + 1}`, text: c.text }));
  for (const item of [...council.proposals, ...council.amendments, ...council.events])
    prose.push({ where: `"${item.id}"`, text: item.text });
  return prose.flatMap(({ where, text }) =>
    findCopiedRuns(text).map((run) => `${where}: repeats the article's wording: "${run.excerpt}"`),
  );
}

/** For the check's report: how many (draft, events) combinations reach consensus, per proposal. */
export function consensusPaths(council: TCouncil): Record<string, number> {
  const eventSets = subsets(
    council.events.map((e) => e.id),
    council.clock.rounds - 1,
  );
  const counts: Record<string, number> = Object.fromEntries(council.proposals.map((p) => [p.id, 0]));
  for (const draft of allDrafts(council))
    for (const events of eventSets)
      if (acceptableToAll(council, draft, events))
        counts[draft.proposalId] = (counts[draft.proposalId] ?? 0) + 1;
  return counts;
}
