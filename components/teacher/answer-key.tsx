import type { TQuestion } from '@/lib/content/question-schema';
import { correctAnswerOf } from '@/lib/quiz/correct-answer';
import { describeCorrect } from '@/lib/quiz/describe-answer';

type Props = { question: TQuestion; number: number; misconception: (id: string) => string };

/** The choices a pupil sees, each marked right or wrong in words, with what a wrong one reveals. */
function Choices({ question, misconception }: Omit<Props, 'number'>) {
  if (question.type === 'single' || question.type === 'multi')
    return (
      <ul className="space-y-1">
        {question.options.map((o) => (
          <li key={o.id}>
            {o.correct ? (
              <strong>
                <span aria-hidden="true">✓ </span>
                {o.text} <span className="font-normal">(correct)</span>
              </strong>
            ) : (
              <>
                <span aria-hidden="true">✗ </span>
                {o.text}
                {o.misconception ? (
                  <span className="block pl-5 text-sm text-ink-soft">
                    Reveals: {misconception(o.misconception)}
                  </span>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
    );
  return null;
}

/** One question of a quiz as a teacher previews it: prompt, choices, the answer key and the explanation. */
export function AnswerKey({ question, number, misconception }: Props) {
  const key = describeCorrect(correctAnswerOf(question));
  return (
    <li className="card space-y-3" data-testid="preview-question">
      <h2 className="text-lg font-semibold">
        Question {number}. {question.prompt}
      </h2>
      <Choices question={question} misconception={misconception} />
      <div>
        <p className="font-medium">Correct answer</p>
        {key.length === 1 ? (
          <p>{key[0]}</p>
        ) : (
          <ul className="list-disc pl-6">
            {key.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <p className="font-medium">Explanation pupils see</p>
        <p>{question.explanation}</p>
      </div>
    </li>
  );
}
