import type { TPublicTable } from '@/lib/council/public-table';

/** The debrief: what the room decided, what had happened by October 2024, what each blocker stood for. */
export function CouncilOutcome({ table, headingLevel }: { table: TPublicTable; headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const ended = table.state.ended;
  const debrief = table.debrief;
  if (!ended || !debrief) return null;
  const adopted =
    ended.outcome === 'adopted' ? table.proposals.find((p) => p.id === ended.draft.proposalId) : undefined;
  const amendments =
    ended.outcome === 'adopted'
      ? table.amendments.filter((a) => ended.draft.amendmentIds.includes(a.id))
      : [];
  return (
    <section aria-labelledby="council-debrief" className="card space-y-4">
      <H id="council-debrief" className="text-2xl font-semibold">
        Debrief
      </H>
      <div>
        <p className="font-semibold">What this room decided</p>
        {adopted ? (
          <p>
            Adopted by consensus in round {ended.round}: <strong>{adopted.label}</strong>
            {amendments.length > 0 ? `, with ${amendments.map((a) => a.label).join(', ')}` : ''}.
          </p>
        ) : (
          <p>
            No decision: the council ended in round {ended.round} without a draft every delegation could
            accept.
          </p>
        )}
      </div>
      <div>
        <p className="font-semibold">What had happened as of October 2024</p>
        {debrief.asOfOutcome.map((claim) => (
          <p key={claim.text}>
            {claim.text} <span className="text-sm">(Sources: {claim.sources.join(', ')}.)</span>
          </p>
        ))}
      </div>
      <div>
        <p className="font-semibold">Who blocked, and the obstacle each stood for</p>
        {debrief.blockers.length === 0 ? (
          <p>No delegation broke silence.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {debrief.blockers.map((b) => (
              <li key={b.seatId}>
                <strong>{b.name}</strong> (broke silence {b.times === 1 ? 'once' : `${b.times} times`}):{' '}
                {b.obstacle?.text}{' '}
                {b.obstacle ? (
                  <span className="text-sm">
                    {'composite' in b.obstacle
                      ? '(Composite: stands for a kind of ally.)'
                      : `(Sources: ${b.obstacle.sources.join(', ')}.)`}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
