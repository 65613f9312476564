import { percentText } from '@/lib/score/format';

export type TAnswerRow = {
  questionId: string;
  prompt: string;
  answered: boolean;
  yourAnswer: string[] | null;
  correctAnswer: string[];
  correct: boolean;
  score: number;
  confidence: string | null;
};

const CONFIDENCE: Record<string, string> = { SURE: 'sure', NOT_SURE: 'not sure' };

function Lines({ lines }: { lines: readonly string[] }) {
  if (lines.length <= 1) return <>{lines[0] ?? '—'}</>;
  return (
    <ul className="space-y-0.5">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

function outcome(r: TAnswerRow, submitted: boolean): string {
  if (!r.answered) return submitted ? '○ not answered' : '○ not answered yet';
  if (r.correct) return '✓ correct';
  return r.score > 0 ? `◐ partly correct (${percentText(r.score)})` : '✗ wrong';
}

/**
 * Each question of one attempt: what the pupil answered beside the right answer, in words, with every
 * skipped question listed. Below 640 px each row stacks into a card, so nothing is cut off on a phone.
 */
export function AttemptAnswers({
  rows,
  caption,
  submitted,
}: {
  rows: readonly TAnswerRow[];
  caption: string;
  submitted: boolean;
}) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="max-sm:sr-only">
        <tr className="border-b border-line">
          <th scope="col" className="py-1 pr-3">
            Question
          </th>
          <th scope="col" className="py-1 pr-3">
            Their answer
          </th>
          <th scope="col" className="py-1 pr-3">
            Correct answer
          </th>
          <th scope="col" className="py-1 pr-3">
            Result
          </th>
          <th scope="col" className="py-1">
            Confidence
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.questionId}
            className="border-b border-line align-top max-sm:block max-sm:py-2"
            data-testid="answer-row"
          >
            <th scope="row" className="py-1 pr-3 font-medium max-sm:block">
              {r.prompt}
            </th>
            <td className="py-1 pr-3 max-sm:block">
              <span className="font-medium sm:sr-only">Their answer: </span>
              {r.yourAnswer ? <Lines lines={r.yourAnswer} /> : <em>not answered</em>}
            </td>
            <td className="py-1 pr-3 max-sm:block">
              <span className="font-medium sm:sr-only">Correct answer: </span>
              <Lines lines={r.correctAnswer} />
            </td>
            <td className="py-1 pr-3 max-sm:block">{outcome(r, submitted)}</td>
            <td className="py-1 max-sm:block">
              <span className="font-medium sm:sr-only">Confidence: </span>
              {r.confidence ? (CONFIDENCE[r.confidence] ?? r.confidence) : 'not given'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
