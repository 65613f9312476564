import { describeCorrect } from '@/lib/quiz/describe-answer';
import { formatAsOf } from '@/lib/content/as-of';
import type { TPresenterView } from '@/lib/live/view-types';
import { VoteChart } from './vote-chart';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** After the votes are shown or revealed: the chart(s), the shift between votes, the answer and why. */
export function PresenterResults({ view: v }: { view: TPresenterView }) {
  const correct = v.reveal?.correctBarIds ?? null;
  return (
    <div className="space-y-8">
      <div className={v.firstSummary ? 'grid gap-8 lg:grid-cols-2' : ''}>
        {v.firstSummary ? (
          <VoteChart title="First vote" summary={v.firstSummary} correctBarIds={correct} />
        ) : null}
        {v.summary ? (
          <VoteChart
            title={v.round === 2 ? 'Second vote' : 'The vote'}
            summary={v.summary}
            correctBarIds={correct}
          />
        ) : null}
      </div>
      {v.shift ? (
        <p className="text-2xl" data-testid="live-shift">
          Right answers went from {pct(v.shift.firstShare)} to {pct(v.shift.secondShare)}:{' '}
          <strong>{v.shift.movedToRight}</strong> moved to the right answer
          {v.shift.movedToWrong > 0 ? `, ${v.shift.movedToWrong} moved away from it` : ''}.
        </p>
      ) : null}
      {v.summary && v.summary.confidence.unsaid < v.summary.answered ? (
        <p className="text-xl">
          Sure: {v.summary.confidence.sure.right} right, {v.summary.confidence.sure.wrong} wrong. Not sure:{' '}
          {v.summary.confidence.notSure.right} right, {v.summary.confidence.notSure.wrong} wrong.
        </p>
      ) : null}
      {v.reveal ? (
        <section aria-labelledby="answer" className="space-y-4 rounded-xl border-4 border-ink p-6">
          <h2 id="answer" className="text-3xl font-bold">
            Right answer
          </h2>
          <ul className="list-disc pl-8 text-2xl">
            {describeCorrect(v.reveal.correctAnswer).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="text-2xl leading-relaxed">{v.reveal.explanation}</p>
          <p className="text-lg">
            Sources:{' '}
            {v.reveal.sources.map((s, i) => (
              <span key={s.ref}>
                {i > 0 ? '; ' : ''}
                {s.title} ({formatAsOf(s.date)})
              </span>
            ))}
            . As of {formatAsOf(v.reveal.asOf)}.
          </p>
          {v.reveal.misconception ? (
            <div className="border-l-8 border-ink pl-4 text-xl">
              <p className="font-semibold">
                Behind the most chosen wrong answer: “{v.reveal.misconception.statement}”
              </p>
              <p>{v.reveal.misconception.correction}</p>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
