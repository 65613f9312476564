import { describeCorrect } from '@/lib/quiz/describe-answer';
import { percentText } from '@/lib/score/format';
import type { TFeedbackView } from '@/lib/quiz/attempt-types';
import { formatAsOf } from '@/lib/content/as-of';
import { OutcomeLabel } from './outcome-label';

type Props = {
  feedback: TFeedbackView;
  headingLevel?: 3 | 4;
  showCorrectAnswer?: boolean;
  /** False where a heading above already says the outcome (the player's focused feedback heading). */
  showOutcome?: boolean;
  /** The pupil's own answer in words, shown beside the correct one. */
  yourAnswer?: readonly string[];
};

/**
 * Feedback after an answer is committed: outcome, what was wrong about the choice, the correct
 * answer, the explanation, and its sources with their as-of dates. Used by the player and results.
 */
export function FeedbackPanel({
  feedback: f,
  headingLevel = 3,
  showCorrectAnswer = true,
  showOutcome = true,
  yourAnswer,
}: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="space-y-3">
      {showOutcome ? (
        <p className="text-lg">
          <OutcomeLabel outcome={f.outcome} />
          {f.outcome === 'partial' ? <span> — {percentText(f.score)} of the marks</span> : null}
        </p>
      ) : null}
      {yourAnswer && yourAnswer.length > 0 ? (
        <div>
          <Heading className="font-semibold">Your answer</Heading>
          <ul className="list-disc pl-6">
            {yourAnswer.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {f.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      {f.misconceptions.map((m) => (
        <div key={m.id} className="rounded-lg border-l-4 border-bad bg-paper p-3">
          <p className="font-medium">Common misconception: “{m.statement}”</p>
          <p>{m.correction}</p>
        </div>
      ))}
      {showCorrectAnswer && f.outcome !== 'correct' ? (
        <div>
          <Heading className="font-semibold">Correct answer</Heading>
          <ul className="list-disc pl-6">
            {describeCorrect(f.correctAnswer).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div>
        <Heading className="font-semibold">Why</Heading>
        <p>{f.explanation}</p>
      </div>
      <div>
        <Heading className="font-semibold">Sources (as of {formatAsOf(f.asOf)})</Heading>
        <ul className="list-disc pl-6 text-sm">
          {f.sources.map((s) => (
            <li key={s.ref}>
              <cite className="not-italic font-medium">{s.title}</cite> ({formatAsOf(s.date)})
              {s.summary ? ` — ${s.summary}` : ''}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
