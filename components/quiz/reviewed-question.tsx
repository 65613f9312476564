import type { TReviewedQuestion } from '@/lib/quiz/attempt-result-types';
import { formatAsOf } from '@/lib/content/as-of';
import { FeedbackPanel } from './feedback-panel';

/** One question on the results page: your answer, the correct answer, why, and the source. */
export function ReviewedQuestion({ question: q }: { question: TReviewedQuestion }) {
  return (
    <li className={`card space-y-3 ${q.confidentButWrong ? 'border-2 border-bad' : ''}`}>
      <h3 className="font-semibold">
        Question {q.number} <span className="font-normal text-ink-soft">· {q.topicTitle}</span>
      </h3>
      <p>{q.prompt}</p>
      {q.confidentButWrong ? (
        <p className="font-semibold">
          <span aria-hidden="true">⚑ </span>Confident but wrong: you said you were sure. Worth a second look.
        </p>
      ) : null}
      <div>
        <h4 className="font-semibold">
          Your answer{q.confidence ? ` (you said: ${q.confidence === 'sure' ? 'sure' : 'not sure'})` : ''}
        </h4>
        {q.answered ? (
          <ul className="list-disc pl-6">
            {q.yourAnswer.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>Not answered (scores 0).</p>
        )}
      </div>
      <div>
        <h4 className="font-semibold">Correct answer</h4>
        <ul className="list-disc pl-6">
          {q.correctAnswer.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      {q.feedback ? (
        <FeedbackPanel feedback={q.feedback} headingLevel={4} showCorrectAnswer={false} />
      ) : (
        <div>
          <h4 className="font-semibold">Why</h4>
          <p>{q.explanation}</p>
          <p className="text-sm">
            Sources (as of {formatAsOf(q.asOf)}):{' '}
            {q.sources.map((s) => `${s.title} (${formatAsOf(s.date)})`).join('; ')}
          </p>
        </div>
      )}
    </li>
  );
}
