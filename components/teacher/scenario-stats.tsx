import type { TScenarioAnalyticsView } from '@/lib/analytics/class-analytics-view';
import { percent, ShareBars } from './share-bars';

type Scenario = TScenarioAnalyticsView;

/** Distribution of endings and the share of each choice at each decision, chart plus tables. */
export function ScenarioStats({ scenario }: { scenario: Scenario }) {
  const { stats } = scenario;
  if (stats.runCount === 0) return <p>No runs yet.</p>;
  const title = (id: string) => scenario.nodeTitles[id] ?? id;
  const endings = [
    ...stats.endings.map((e) => ({ label: title(e.endingId), runs: e.runs, share: e.share })),
    { label: 'not finished', runs: stats.unfinished.runs, share: stats.unfinished.share },
  ];
  return (
    <div className="space-y-4">
      <h3 className="text-lg font-semibold">Endings ({stats.runCount} runs)</h3>
      <ShareBars bars={endings} />
      <div className="relative overflow-x-auto">
        <table className="border-collapse text-left text-sm">
          <caption className="sr-only">Endings reached in {scenario.title}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-3">
                Ending
              </th>
              <th scope="col" className="py-1 pr-3">
                Runs
              </th>
              <th scope="col" className="py-1">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {endings.map((e) => (
              <tr key={e.label} className="border-b border-line">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {e.label}
                </th>
                <td className="py-1 pr-3">{e.runs}</td>
                <td className="py-1">{percent(e.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="text-lg font-semibold">Choices at each decision</h3>
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">
            Share of runs making each choice at each decision of {scenario.title}
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-3">
                Decision
              </th>
              <th scope="col" className="py-1 pr-3">
                Runs reaching it
              </th>
              <th scope="col" className="py-1">
                Choices
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.nodes.map((n) => (
              <tr key={n.nodeId} className="border-b border-line align-top">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {title(n.nodeId)}
                </th>
                <td className="py-1 pr-3">{n.reachedRuns}</td>
                <td className="py-1">
                  <ul>
                    {n.choices.map((c) => (
                      <li key={c.choiceId}>
                        {scenario.choiceLabels[`${n.nodeId}/${c.choiceId}`] ??
                          (c.choiceId === 'continue' ? 'continue' : c.choiceId)}
                        : {c.runs} ({percent(c.share)})
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
