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

type Params = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Scenario run' };

/** One run, for its owner only: the player while it is going on, the debrief once it has ended. */
export default async function RunPage({ params }: Params) {
  const { id } = await params;
  const user = await requireUser(`/runs/${encodeURIComponent(id)}`);
  const [run, comment] = await Promise.all([loadOwnRun(user, id), findOwnRunComment(user, id)]);
  if (!run) notFound();
  const { scenario } = run.view;
  return (
    <div className="space-y-6">
      <header className="prose-width space-y-2">
        <p className="text-sm text-[var(--color-ink-soft)]">
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
      <RunPlayer initial={run} />
      <TeacherComment comment={comment} />
    </div>
  );
}
