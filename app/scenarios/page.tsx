import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { listOwnRuns } from '@/lib/dal/runs';
import { loadScenarios } from '@/lib/scenario';
import { formatAsOf } from '@/lib/content/as-of';
import { LocalTime } from '@/components/ui/local-time';

export const metadata: Metadata = { title: 'Scenarios' };

/** The briefing's opening sentence, as a summary for the list. */
function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

export default async function ScenariosPage() {
  const user = await requireUser('/scenarios');
  const runs = await listOwnRuns(user);
  const scenarios = [...loadScenarios().values()].map((l) => l.scenario);
  return (
    <div className="space-y-10">
      <header className="prose-width space-y-2">
        <h1 className="text-3xl font-semibold">Decision scenarios</h1>
        <p>
          Step into a role in October 2024 and make the calls. Each choice moves the obstacles to Ukraine’s
          membership a little; the debrief at the end compares your path with what had actually happened.
        </p>
      </header>

      <section aria-labelledby="scenario-list" className="space-y-4">
        <h2 id="scenario-list" className="text-2xl font-semibold">
          Scenarios
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {scenarios.map((s) => (
            <li key={s.slug} className="card space-y-2">
              <h3 className="text-lg font-semibold">
                <Link href={`/scenarios/${s.slug}`} className="link">
                  {s.title}
                </Link>
              </h3>
              <p>{s.role}</p>
              <p className="text-[var(--color-ink-soft)]">{firstSentence(s.briefing)}</p>
              <p className="text-sm text-[var(--color-ink-soft)]">As of {formatAsOf(s.asOf)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="my-runs" className="space-y-4">
        <h2 id="my-runs" className="text-2xl font-semibold">
          Your runs
        </h2>
        {runs.length === 0 ? (
          <p>You have not played a scenario yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <thead>
                <tr className="border-b border-[var(--color-line)]">
                  <th scope="col" className="py-2 pr-3">
                    Scenario
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Started
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Where it stands
                  </th>
                  <th scope="col" className="py-2">
                    Open
                  </th>
                </tr>
              </thead>
              <tbody>
                {runs.map((r) => (
                  <tr key={r.id} className="border-b border-[var(--color-line)]">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      {r.scenarioTitle}
                      {r.assigned ? (
                        <span className="text-sm text-[var(--color-ink-soft)]"> (assigned)</span>
                      ) : null}
                    </th>
                    <td className="py-2 pr-3">
                      <LocalTime value={r.startedAt} form="day-time" />
                    </td>
                    <td className="py-2 pr-3">
                      {r.endedAt
                        ? `Ended: ${r.endingTitle ?? 'ending reached'}`
                        : `In progress, ${r.step} ${r.step === 1 ? 'step' : 'steps'} taken`}
                      {r.outdated ? ' (earlier version)' : null}
                    </td>
                    <td className="py-2">
                      <Link href={`/runs/${r.id}`} className="link">
                        {r.endedAt ? 'Debrief' : r.outdated ? 'Read' : 'Continue'}
                        <span className="sr-only">
                          {' '}
                          {r.scenarioTitle}, started <LocalTime value={r.startedAt} form="day-time" />
                        </span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
