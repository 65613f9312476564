import type { TPublicMeter } from '@/lib/scenario';
import { consensusOf, consensusVerdict } from './consensus';
import { MeterBar } from './meter-list';

/** Who would block a vote now: each ally's stance, the threshold, and the verdict in words. */
export function ConsensusPanel({
  slug,
  meters,
  headingLevel = 2,
}: {
  slug: string;
  meters: TPublicMeter[];
  headingLevel?: 2 | 3;
}) {
  const consensus = consensusOf(slug, meters);
  if (!consensus) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Level 2 is the live player; level 3 sits in the debrief, describing where the run finished.
  const when = headingLevel === 2 ? 'now' : 'at the end';
  return (
    <section aria-labelledby="consensus-heading" className="card space-y-3">
      <Heading id="consensus-heading" className="text-xl font-semibold">
        {headingLevel === 2 ? 'Would a vote pass now?' : 'Would a vote have passed at the end?'}
      </Heading>
      <p>
        An invitation needs every ally. Any delegation whose stance is{' '}
        <strong>{consensus.threshold} or below</strong> blocks it (stances run from 1, firmly against, to 5,
        ready to agree; higher is better).
      </p>
      <p className="font-medium" data-testid="consensus-verdict">
        {consensusVerdict(consensus.allies, when)}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">
            Stance of each delegation and whether it would block a vote {when}
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-3">
                Delegation
              </th>
              <th scope="col" className="py-1 pr-3">
                Stance
              </th>
              <th scope="col" className="py-1">
                Would block?
              </th>
            </tr>
          </thead>
          <tbody>
            {consensus.allies.map((a) => (
              <tr key={a.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {a.ally}
                </th>
                <td className="min-w-20 py-2 pr-3">
                  <strong>{a.value}</strong> of {a.max}
                  <MeterBar share={((a.value - a.min) / (a.max - a.min)) * 100} />
                </td>
                <td className="py-2">{a.blocks ? <strong>Yes, blocks</strong> : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
