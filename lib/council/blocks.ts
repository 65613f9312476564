import type { TCouncil } from './schema';
import type { TCouncilState, TDraft } from './state';

/**
 * Across a class's councils: how many times each delegation broke silence, and on which drafts. A
 * draft is a proposal with its amendments, named as the room saw it ("Defer the decision + Review at
 * the next summit"); the same draft tabled with its amendments in another order counts as one.
 */
export type TDraftBlocks = { key: string; label: string; count: number };
export type TSeatBlocks = { seatId: string; name: string; total: number; drafts: TDraftBlocks[] };
export type TCouncilBlocks = {
  /** How many councils were counted. */
  councils: number;
  /** Every delegation of the councils counted, in table order, those that never blocked with 0. */
  seats: TSeatBlocks[];
};

export type TCountedCouncil = { council: TCouncil; brokenSilences: TCouncilState['brokenSilences'] };

function draftOf(council: TCouncil, draft: TDraft): { key: string; label: string } {
  const order = (id: string) => council.amendments.findIndex((a) => a.id === id);
  const amendments = [...new Set(draft.amendmentIds)].sort((a, b) => order(a) - order(b));
  const label = [
    council.proposals.find((p) => p.id === draft.proposalId)?.label ?? draft.proposalId,
    ...amendments.map((id) => council.amendments.find((a) => a.id === id)?.label ?? id),
  ].join(' + ');
  return { key: [draft.proposalId, ...amendments].join('+'), label };
}

/** Seats by total, most first (table order among equals); each seat's drafts by count, then name. */
export function countBlocks(councils: readonly TCountedCouncil[]): TCouncilBlocks {
  const seats = new Map<string, { name: string; position: number; drafts: Map<string, TDraftBlocks> }>();
  for (const { council } of councils)
    council.seats
      .filter((s) => s.role === 'delegation' && !seats.has(s.id))
      .forEach((s) => seats.set(s.id, { name: s.name, position: seats.size, drafts: new Map() }));
  for (const { council, brokenSilences } of councils)
    for (const broken of brokenSilences) {
      const seat = seats.get(broken.seatId);
      if (!seat) continue;
      const { key, label } = draftOf(council, broken.draft);
      const counted = seat.drafts.get(key) ?? { key, label, count: 0 };
      seat.drafts.set(key, { ...counted, count: counted.count + 1 });
    }
  const rows = [...seats.entries()].map(([seatId, seat]) => {
    const drafts = [...seat.drafts.values()].sort(
      (a, b) => b.count - a.count || a.label.localeCompare(b.label),
    );
    const total = drafts.reduce((sum, d) => sum + d.count, 0);
    return { seatId, name: seat.name, total, drafts, position: seat.position };
  });
  rows.sort((a, b) => b.total - a.total || a.position - b.position);
  return {
    councils: councils.length,
    seats: rows.map(({ seatId, name, total, drafts }) => ({ seatId, name, total, drafts })),
  };
}
