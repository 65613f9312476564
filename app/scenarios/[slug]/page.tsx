import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { REFUSAL_MESSAGE } from '@/lib/assignment/assignment-rules';
import { resolveCitations } from '@/lib/dal/run-payload';
import { scenarioStartContext } from '@/lib/dal/run-start';
import { getScenario } from '@/lib/scenario';
import { CitationList } from '@/components/scenario/citation-list';
import { formatAsOf } from '@/lib/content/as-of';
import { StartRunForm } from '@/components/scenario/start-run-form';
import { startRunAction } from '../actions';
import { ZRecordId } from '@/lib/record-id';
import { LocalTime } from '@/components/ui/local-time';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const ZQuery = z.object({ assignment: ZRecordId.optional().catch(undefined) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getScenario((await params).slug)?.scenario.title ?? 'Page not found' };
}

/** Resumes the latest unfinished run, or shows the briefing with a button that starts one. */
export default async function ScenarioPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { assignment: assignmentId = null } = ZQuery.parse(await searchParams);
  const here = `/scenarios/${slug}${assignmentId ? `?assignment=${encodeURIComponent(assignmentId)}` : ''}`;
  const user = await requireUser(here);
  const context = await scenarioStartContext(user, slug, assignmentId);
  if (!context) notFound();
  if (context.resumeRunId) redirect(`/runs/${context.resumeRunId}`);
  const { scenario } = context.loaded;
  const { assignment, refusal } = context;
  return (
    <div className="prose-width space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-ink-soft">
          <Link href="/scenarios" className="link">
            Scenarios
          </Link>{' '}
          · as of {formatAsOf(scenario.asOf)} · events after that date are hypothetical
        </p>
        <h1 className="text-3xl font-semibold">{scenario.title}</h1>
      </header>
      <section aria-labelledby="role-heading" className="space-y-2">
        <h2 id="role-heading" className="text-xl font-semibold">
          Your role
        </h2>
        <p>{scenario.role}</p>
      </section>
      <section aria-labelledby="briefing-heading" className="space-y-2">
        <h2 id="briefing-heading" className="text-xl font-semibold">
          Briefing
        </h2>
        <p>{scenario.briefing}</p>
        <CitationList refs={scenario.sources} citations={resolveCitations(scenario.sources)} />
      </section>
      <section aria-labelledby="start-heading" className="card space-y-3">
        <h2 id="start-heading" className="text-xl font-semibold">
          {assignment ? `Assigned in ${assignment.className}` : 'Practice run'}
        </h2>
        {assignment ? (
          <p>
            {assignment.dueAt ? (
              <>
                Due <LocalTime value={assignment.dueAt} />.{' '}
              </>
            ) : (
              'No due date. '
            )}
            {assignment.maxAttempts !== null
              ? `Runs started: ${context.runsUsed} of ${assignment.maxAttempts}.`
              : `Runs started: ${context.runsUsed}.`}
          </p>
        ) : (
          <p>Your choices are saved as you go, so you can leave and come back to the same point.</p>
        )}
        {refusal ? (
          <>
            <p className="font-medium">{REFUSAL_MESSAGE[refusal]}</p>
            <p>
              You can still{' '}
              <Link href={`/scenarios/${slug}`} className="link">
                play it for practice
              </Link>
              .
            </p>
          </>
        ) : (
          <StartRunForm
            action={startRunAction}
            slug={slug}
            assignmentId={assignment?.id ?? null}
            label="Start the scenario"
          />
        )}
      </section>
    </div>
  );
}
