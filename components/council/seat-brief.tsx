import type { TSeatView } from '@/lib/council/view';

const LISTS = [
  ['interests', 'Interests'],
  ['redLines', 'Red lines'],
  ['domesticConstraints', 'At home'],
  ['whatWouldMove', 'What would move you'],
] as const;

/** The seat's private brief: for this phone only; each claim with its sources or labelled a composite. */
export function SeatBrief({ seat }: { seat: NonNullable<TSeatView['seat']> }) {
  return (
    <section aria-labelledby="seat-brief" className="card space-y-3">
      <h2 id="seat-brief" className="text-xl font-semibold">
        Your brief (yours alone)
      </h2>
      {LISTS.map(([key, label]) => (
        <div key={key}>
          <h3 className="font-semibold">{label}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {seat.brief[key].map((claim) => (
              <li key={claim.text}>
                {claim.text}{' '}
                <span className="text-sm">
                  {'composite' in claim
                    ? '(Composite: invented for this seat.)'
                    : `(Sources: ${claim.sources.join(', ')}.)`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
