import { cache } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { getAttemptResult } from '@/lib/dal/attempt-results';
import { ResultSummary } from '@/components/quiz/result-summary';
import { ReviewedQuestion } from '@/components/quiz/reviewed-question';
import { TopicBreakdown } from '@/components/quiz/topic-breakdown';

type Props = { params: Promise<{ attemptId: string }> };

/** One load per request, shared by the title and the page (React's cache keys on the id). */
const attemptResult = cache(async (attemptId: string) => {
  const student = await requireUser(`/attempts/${attemptId}`);
  return getAttemptResult(student, attemptId);
});

/** The title names the module, so results of different quizzes are told apart (WCAG 2.4.2). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await attemptResult((await params).attemptId);
  return { title: result.ok ? `Results: ${result.value.moduleTitle}` : 'Page not found' };
}

export default async function AttemptResultsPage({ params }: Props) {
  const { attemptId } = await params;
  const result = await attemptResult(attemptId);
  if (!result.ok && result.kind === 'conflict') redirect('/attempts');
  if (!result.ok) notFound();
  const r = result.value;
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm text-ink-soft">
          <Link href="/attempts" className="link">
            My attempts
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Results: {r.moduleTitle}</h1>
      </header>
      <ResultSummary result={r} />
      {r.review ? (
        <>
          <TopicBreakdown topics={r.review.total.topics} titles={r.review.topicTitles} />
          <section aria-labelledby="review-heading" className="space-y-4">
            <h2 id="review-heading" className="text-2xl font-semibold">
              Question by question
            </h2>
            <ol className="space-y-4">
              {r.review.questions.map((q) => (
                <ReviewedQuestion key={q.questionId} question={q} />
              ))}
            </ol>
          </section>
        </>
      ) : null}
      <p className="no-print flex flex-wrap gap-3">
        <Link href={`/modules/${r.moduleSlug}`} className="btn-quiet">
          Back to the module
        </Link>
        <Link href="/progress" className="btn-quiet">
          My progress
        </Link>
      </p>
    </div>
  );
}
