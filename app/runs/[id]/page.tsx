import { cache } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { loadOwnRun } from '@/lib/dal/runs';
import { findOwnRunComment } from '@/lib/dal/run-comments';
import { TeacherComment } from '@/components/classes/teacher-comment';
import { CitationList } from '@/components/scenario/citation-list';
import { formatAsOf } from '@/lib/content/as-of';
import { RunPlayer } from '@/components/scenario/run-player';
import { startRunAction } from '@/app/scenarios/actions';

type Params = { params: Promise<{ id: string }> };

/** One load per request, shared by the title and the page (React's cache keys on the id). */
const ownRun = cache(async (id: string) => {
  const user = await requireUser(`/runs/${encodeURIComponent(id)}`);
  return { user, run: await loadOwnRun(user, id) };
});

/** The title names the scenario, so two open runs are told apart (WCAG 2.4.2). */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { run } = await ownRun((await params).id);
  return { title: run ? `${run.view.scenario.title}: your run` : 'Page not found' };
}

/** One run, for its owner only: the player while it is going on, the debrief once it has ended. */
export default async function RunPage({ params }: Params) {
  const { id } = await params;
  const { user, run } = await ownRun(id);
  const comment = await findOwnRunComment(user, id);
  if (!run) notFound();
  const { scenario } = run.view;
  return (
    <div className="space-y-6">
      <header className="prose-width space-y-2">
        <p className="text-sm text-ink-soft">
          <Link href="/scenarios" className="link">
            Scenarios
          </Link>{' '}
          · decision scenario · as of {formatAsOf(scenario.asOf)} · events after that date are hypothetical
        </p>
        <h1 className="text-3xl font-semibold">{scenario.title}</h1>
        <details open={run.view.step === 0} className="card space-y-2">
          <summary className="cursor-pointer font-medium">Your role and the briefing</summary>
          <p className="mt-2">{scenario.role}</p>
          <p>{scenario.briefing}</p>
          <CitationList refs={scenario.sources} citations={run.citations} />
        </details>
      </header>
      <RunPlayer initial={run} startRun={startRunAction} />
      <TeacherComment comment={comment} />
    </div>
  );
}
