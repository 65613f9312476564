import type { TAttemptMode } from '@/lib/quiz/attempt-types';
import { LocalTime } from '@/components/ui/local-time';

type Props = {
  action: (form: FormData) => Promise<void>;
  slug: string;
  assignmentId: string | null;
  title: string;
  questionCount: number;
  /** Null: self-study, the student chooses. */
  mode: TAttemptMode | null;
  attemptsUsed: number;
  maxAttempts: number | null;
  dueAt: Date | null;
};

const MODE_TEXT: Record<TAttemptMode, string> = {
  practice: 'Practice: after each answer you see whether it was right, why, and the source.',
  test: 'Test: no feedback while you answer; you can change answers until you submit, then see the full review.',
};

/** Before an attempt: what the quiz is and how it works, and a start button (a plain form, no script). */
export function StartQuiz({
  action,
  slug,
  assignmentId,
  title,
  questionCount,
  mode,
  attemptsUsed,
  maxAttempts,
  dueAt,
}: Props) {
  return (
    <div className="prose-width space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{title}: quiz</h1>
        <p>
          {questionCount} questions, one per screen. Your answers are saved as you go, so you can stop and
          come back.
        </p>
        {assignmentId ? (
          <p className="text-ink-soft">
            Assigned by your teacher.
            {maxAttempts !== null ? ` Attempt ${attemptsUsed + 1} of ${maxAttempts}.` : ''}
            {dueAt ? (
              <>
                {' '}
                Due <LocalTime value={dueAt} />.
              </>
            ) : null}
          </p>
        ) : null}
      </header>
      <form action={action} className="card space-y-4">
        <input type="hidden" name="slug" value={slug} />
        {assignmentId ? <input type="hidden" name="assignment" value={assignmentId} /> : null}
        {mode ? (
          <p>{MODE_TEXT[mode]}</p>
        ) : (
          <fieldset className="space-y-2">
            <legend className="field-label">Choose a mode</legend>
            {(['practice', 'test'] as const).map((m) => (
              <label key={m} className="flex items-start gap-3">
                <input
                  type="radio"
                  className="mt-1 size-5"
                  name="mode"
                  value={m}
                  defaultChecked={m === 'practice'}
                />
                <span>{MODE_TEXT[m]}</span>
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" className="btn">
          Start quiz
        </button>
      </form>
    </div>
  );
}
