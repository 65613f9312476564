import type { TPublicTable } from '@/lib/council/public-table';

type Props = {
  table: TPublicTable;
  /** The presenter names who sits where; a phone leaves it out. */
  seating?: { seatId: string; students: string[]; bot: boolean }[];
  headingLevel: 2 | 3;
};

const PHASE: Record<TPublicTable['state']['phase'], string> = {
  tabling: 'The chair is preparing a draft',
  floor: 'The floor is open: delegations speak',
  silence: 'Silence procedure: the draft passes unless a delegation breaks silence',
  ended: 'The council has ended',
};

/** The public table: seats, the draft on the floor, this round's statements, broken silences, events. */
export function CouncilTable({ table, seating, headingLevel }: Props) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const { state } = table;
  const nameOf = (id: string) => table.seats.find((s) => s.id === id)?.name ?? id;
  const draftProposal = state.draft ? table.proposals.find((p) => p.id === state.draft?.proposalId) : null;
  const draftAmendments = table.amendments.filter((a) => state.draft?.amendmentIds.includes(a.id));
  const spoke = new Set(state.statements.filter((s) => s.round === state.round).map((s) => s.seatId));
  const broke = new Set(state.brokenSilences.filter((b) => b.round === state.round).map((b) => b.seatId));
  return (
    <div className="space-y-6">
      <p className="text-lg">
        Round {state.round} of {table.clock.rounds}. <strong>{PHASE[state.phase]}.</strong>
      </p>
      <section aria-labelledby="council-draft" className="card space-y-2">
        <H id="council-draft" className="text-xl font-semibold">
          Draft on the table
        </H>
        {draftProposal ? (
          <>
            <p className="font-semibold">{draftProposal.label}</p>
            <p>{draftProposal.text}</p>
            {draftAmendments.length > 0 ? (
              <ul className="list-disc pl-6">
                {draftAmendments.map((a) => (
                  <li key={a.id}>
                    <strong>{a.label}:</strong> {a.text}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <p>No draft is on the table yet.</p>
        )}
      </section>
      <section aria-labelledby="council-seats" className="space-y-2">
        <H id="council-seats" className="text-xl font-semibold">
          Seats
        </H>
        <ul className="grid gap-2 sm:grid-cols-2">
          {table.seats.map((seat) => {
            const sitting = seating?.find((s) => s.seatId === seat.id);
            return (
              <li key={seat.id} className="card">
                <span className="font-semibold">{seat.name}</span>
                {sitting ? (
                  <span className="block text-sm">
                    {sitting.bot ? 'Played by a bot' : sitting.students.join(', ')}
                  </span>
                ) : null}
                {seat.role === 'chair' && seating ? <span className="block text-sm">The teacher</span> : null}
                {spoke.has(seat.id) ? <span className="block text-sm">Has spoken this round</span> : null}
                {broke.has(seat.id) ? <span className="block font-semibold">Broke silence</span> : null}
              </li>
            );
          })}
        </ul>
      </section>
      {state.brokenSilences.length > 0 ? (
        <section aria-labelledby="council-broken" className="space-y-2">
          <H id="council-broken" className="text-xl font-semibold">
            Broken silences
          </H>
          <ul className="space-y-2">
            {state.brokenSilences.map((b) => (
              <li key={`${b.round}-${b.seatId}`} className="card">
                Round {b.round}: <strong>{nameOf(b.seatId)}</strong> broke silence: “{b.reason}”
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="council-statements" className="space-y-2">
        <H id="council-statements" className="text-xl font-semibold">
          Statements, round {state.round}
        </H>
        {spoke.size === 0 ? <p>No statements yet this round.</p> : null}
        <ul className="space-y-2">
          {state.statements
            .filter((s) => s.round === state.round)
            .map((s) => (
              <li key={s.seatId} className="card">
                <strong>{nameOf(s.seatId)}:</strong> {s.text}
                {s.amendmentId ? (
                  <span className="block text-sm">
                    Proposes the amendment: {table.amendments.find((a) => a.id === s.amendmentId)?.label}
                  </span>
                ) : null}
              </li>
            ))}
        </ul>
      </section>
      {table.drawnEvents.length > 0 ? (
        <section aria-labelledby="council-events" className="space-y-2">
          <H id="council-events" className="text-xl font-semibold">
            Hypothetical events (invented for play)
          </H>
          <ul className="space-y-2">
            {table.drawnEvents.map((e) => (
              <li key={e.afterRound}>
                After round {e.afterRound}: {e.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
