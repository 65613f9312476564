import type { TPublicTable } from '@/lib/council/public-table';

/** The session record, round by round: drafts tabled, statements, broken silences with reasons. */
export function CouncilRecord({ table }: { table: TPublicTable }) {
  const { state } = table;
  const nameOf = (id: string) => table.seats.find((s) => s.id === id)?.name ?? id;
  const labelOf = (draft: { proposalId: string; amendmentIds: string[] }) =>
    [
      table.proposals.find((p) => p.id === draft.proposalId)?.label ?? draft.proposalId,
      ...draft.amendmentIds.map((id) => table.amendments.find((a) => a.id === id)?.label ?? id),
    ].join(' + ');
  const rounds = Array.from({ length: state.round }, (_, i) => i + 1);
  return (
    <section aria-labelledby="council-record" className="space-y-4">
      <h2 id="council-record" className="text-2xl font-semibold">
        The record
      </h2>
      {rounds.map((round) => (
        <section key={round} aria-labelledby={`record-round-${round}`} className="card space-y-2">
          <h3 id={`record-round-${round}`} className="text-xl font-semibold">
            Round {round}
          </h3>
          <ul className="list-disc space-y-1 pl-6">
            {state.drafts
              .filter((d) => d.round === round)
              .map((d, i) => (
                <li key={`d${i}`}>Tabled: {labelOf(d.draft)}</li>
              ))}
            {state.statements
              .filter((s) => s.round === round)
              .map((s) => (
                <li key={`s${s.seatId}`}>
                  {nameOf(s.seatId)}: “{s.text}”
                </li>
              ))}
            {state.brokenSilences
              .filter((b) => b.round === round)
              .map((b) => (
                <li key={`b${b.seatId}`}>
                  <strong>{nameOf(b.seatId)} broke silence</strong> on {labelOf(b.draft)}: “{b.reason}”
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
