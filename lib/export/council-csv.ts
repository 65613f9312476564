import type { TCouncil } from '@/lib/council/schema';
import type { TDraft } from '@/lib/council/state';
import type { TTimelineEntry } from '@/lib/council/timeline';
import type { CsvCell, CsvTable } from '@/lib/export/csv';

export const COUNCIL_CSV_HEADERS = [
  'Seconds into the council',
  'Round',
  'Seat',
  'Student',
  'Kind',
  'Text or reason',
  'Draft',
  'Amendment proposed',
];

export type TCouncilReflectionRow = { seatName: string; student: string; text: string };

/**
 * A council's session record as CSV rows: one per event of the record in the order it happened
 * (time as whole seconds since the council opened, so a spreadsheet never reads it as a time of
 * day), then one per reflection in seat order. Drafts are named as the room saw them: the
 * proposal's label and its amendments', joined by " + ". Statements are the seat's, not a
 * student's: the log does not say which student at a shared seat typed it.
 */
export function councilCsvRows(
  council: TCouncil,
  timeline: readonly TTimelineEntry[],
  reflections: readonly TCouncilReflectionRow[],
): CsvTable {
  const seat = (id: string) => council.seats.find((s) => s.id === id)?.name ?? id;
  const amendment = (id: string | null) =>
    id === null ? null : (council.amendments.find((a) => a.id === id)?.label ?? id);
  const draft = (d: TDraft | null) =>
    d === null
      ? null
      : [
          council.proposals.find((p) => p.id === d.proposalId)?.label ?? d.proposalId,
          ...d.amendmentIds.map((id) => amendment(id)),
        ].join(' + ');
  const row = (
    e: TTimelineEntry,
    seatId: string | null,
    kind: string,
    text: string | null,
    d: TDraft | null,
    amendmentId: string | null = null,
  ): CsvCell[] => [
    e.at,
    e.round,
    seatId ? seat(seatId) : null,
    null,
    kind,
    text,
    draft(d),
    amendment(amendmentId),
  ];

  const events = timeline.map((e): CsvCell[] => {
    switch (e.kind) {
      case 'tabled':
        return row(e, e.seatId, e.retabled ? 'Draft re-tabled' : 'Draft tabled', null, e.draft);
      case 'statement':
        return row(e, e.seatId, 'Statement', e.text, e.draft, e.amendmentId);
      case 'silence-opened':
        return row(
          e,
          e.seatId,
          'Silence opened',
          `Deadline: ${e.deadline} seconds into the council`,
          e.draft,
        );
      case 'silence-broken':
        return row(e, e.seatId, 'Silence broken', e.reason, e.draft);
      case 'event-drawn':
        return row(
          e,
          null,
          'Event drawn',
          council.events.find((x) => x.id === e.eventId)?.text ?? e.eventId,
          null,
        );
      case 'adopted':
        return row(e, null, 'Adopted by consensus', null, e.draft);
      case 'no-decision':
        return row(e, null, 'Ended without a decision', null, null);
    }
  });
  const written = reflections.map((r): CsvCell[] => [
    null,
    null,
    r.seatName,
    r.student,
    'Reflection',
    r.text,
    null,
    null,
  ]);
  return { headers: COUNCIL_CSV_HEADERS, rows: [...events, ...written] };
}
