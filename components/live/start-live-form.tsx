'use client';
import { useActionState } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import { FormAlert } from '@/components/ui/form-alert';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  classId: string;
  moduleSlug: string;
  questions: { id: string; prompt: string }[];
};

/** Tick the questions for the lesson (all by default) and number them to set the order. */
export function StartLiveForm({ action, classId, moduleSlug, questions }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4">
      <FormAlert message={state.status === 'error' ? state.message : null} />
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="moduleSlug" value={moduleSlug} />
      <fieldset className="space-y-2">
        <legend className="field-label">Questions, in the order you number them</legend>
        <ol className="space-y-2">
          {questions.map((q, i) => (
            <li key={q.id} className="flex flex-wrap items-start gap-3">
              <label className="flex min-h-11 flex-1 items-start gap-2">
                <input
                  type="checkbox"
                  name="questionId"
                  value={q.id}
                  defaultChecked
                  className="mt-1 size-5"
                />
                <span>{q.prompt}</span>
              </label>
              <label className="flex items-center gap-2 text-sm">
                Order
                <input
                  type="number"
                  name={`order-${q.id}`}
                  defaultValue={i + 1}
                  min={1}
                  max={questions.length}
                  className="field-input w-20"
                />
              </label>
            </li>
          ))}
        </ol>
      </fieldset>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? 'Starting…' : 'Start the live lesson'}
      </button>
    </form>
  );
}
