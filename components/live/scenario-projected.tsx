import type { TScenarioPresenterView } from '@/lib/live/scenario-view-types';
import { VoteChart } from './vote-chart';

/** What the projector shows of the class's run: the decision and its vote, then what followed, meters, debrief. */
export function ScenarioProjected({ view: v }: { view: TScenarioPresenterView }) {
  return (
    <div className="space-y-8">
      {v.node && v.phase === 'OPEN' ? (
        <section aria-labelledby="projected-node" className="space-y-4">
          <h2 id="projected-node" className="text-4xl font-bold">
            {v.node.title}
          </h2>
          <p className="whitespace-pre-line text-2xl leading-relaxed">{v.node.text}</p>
          {v.node.kind === 'decision' ? (
            <VoteChart
              title="The class’s vote"
              summary={{ answered: v.voted, bars: v.tally }}
              correctBarIds={null}
            />
          ) : null}
        </section>
      ) : null}
      {v.last && v.phase !== 'OPEN' ? (
        <section aria-labelledby="projected-last" className="space-y-3" data-testid="live-consequence">
          <h2 id="projected-last" className="text-3xl font-bold">
            {v.last.nodeTitle}: {v.last.label}
          </h2>
          {v.last.reason ? <p className="text-xl">The teacher chose this because: {v.last.reason}</p> : null}
          <p className="text-2xl leading-relaxed">{v.last.consequence}</p>
        </section>
      ) : null}
      <section aria-labelledby="projected-meters" className="space-y-2">
        <h2 id="projected-meters" className="text-2xl font-semibold">
          Where things stand
        </h2>
        <dl className="grid gap-3 text-xl sm:grid-cols-2">
          {v.meters.map((m) => (
            <div key={m.id} className="rounded-lg border-2 border-line p-3">
              <dt className="font-semibold">{m.label}</dt>
              <dd>
                {m.value} on a scale of {m.min} to {m.max} ({m.good === 'high' ? 'higher' : 'lower'} is
                better)
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {v.ending ? (
        <section aria-labelledby="projected-ending" className="space-y-3" data-testid="live-ending">
          <h2 id="projected-ending" className="text-4xl font-bold">
            Ending: {v.ending.title}
          </h2>
          <p className="text-2xl leading-relaxed">{v.ending.text}</p>
          <h3 className="text-2xl font-semibold">In reality</h3>
          <p className="text-xl leading-relaxed">{v.ending.debrief.inReality}</p>
          {v.ending.debrief.pathNotes.map((note) => (
            <p key={note} className="text-xl">
              {note}
            </p>
          ))}
        </section>
      ) : null}
    </div>
  );
}
