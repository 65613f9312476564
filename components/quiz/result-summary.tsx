import type { TAttemptResult } from '@/lib/dal/attempt-results';
import { scoreText } from '@/lib/score/format';
import { formatDuration, formatWhen } from './duration';

/** Score, time taken and mode; or, while a TEST_AFTER_DUE review is held back, when it opens. */
export function ResultSummary({ result: r }: { result: TAttemptResult }) {
  return (
    <section aria-labelledby="summary-heading" className="card space-y-2">
      <h2 id="summary-heading" className="text-xl font-semibold">
        Summary
      </h2>
      {r.review ? (
        <p className="text-2xl font-semibold">Score: {scoreText(r.review.total.score, r.review.total.max)}</p>
      ) : (
        <p>
          Your answers are submitted. Your teacher opens the review
          {r.reviewOpensAt ? ` on ${formatWhen(r.reviewOpensAt)}` : ''}.
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Mode</dt>
        <dd>{r.mode === 'practice' ? 'Practice' : 'Test'}</dd>
        <dt className="font-medium">Status</dt>
        <dd>{r.state === 'ABANDONED' ? 'Closed at the due date (not submitted)' : 'Submitted'}</dd>
        {r.review ? (
          <>
            <dt className="font-medium">Answered</dt>
            <dd>
              {r.review.total.answered} of {r.review.total.max}
            </dd>
          </>
        ) : null}
        <dt className="font-medium">Time taken</dt>
        <dd>{formatDuration(r.startedAt, r.submittedAt)}</dd>
      </dl>
      {r.contentChanged ? (
        <p className="text-sm">
          This module was updated after your attempt; explanations shown are the current ones.
        </p>
      ) : null}
    </section>
  );
}
