import type { Metadata } from 'next';
import Link from 'next/link';
import { OwnRuns } from '@/components/scenario/own-runs';
import { loadScenarios } from '@/lib/scenario';
import { formatAsOf } from '@/lib/content/as-of';

export const metadata: Metadata = { title: 'Scenarios' };

/** The briefing's opening sentence, as a summary for the list. */
function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

/** Prerendered: the scenarios are the same for everyone; the reader's own runs load in the browser. */
export default function ScenariosPage() {
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
              <p className="text-ink-soft">{firstSentence(s.briefing)}</p>
              <p className="text-sm text-ink-soft">As of {formatAsOf(s.asOf)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="my-runs" className="space-y-4">
        <h2 id="my-runs" className="text-2xl font-semibold">
          Your runs
        </h2>
        <OwnRuns />
      </section>
    </div>
  );
}
