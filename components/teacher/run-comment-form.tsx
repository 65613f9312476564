'use client';
import { useActionState, useId } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  classId: string;
  runId: string;
  studentName: string;
  initial: string | null;
  maxLength: number;
};

/** A private comment box for one pupil's reflection; the result is announced in an always-mounted status. */
export function RunCommentForm({ action, classId, runId, studentName, initial, maxLength }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="runId" value={runId} />
      <label htmlFor={id} className="field-label">
        Private comment to {studentName}
      </label>
      <textarea
        id={id}
        name="body"
        rows={3}
        maxLength={maxLength}
        defaultValue={initial ?? ''}
        aria-invalid={state.status === 'error' ? true : undefined}
        aria-describedby={state.status === 'error' ? errorId : undefined}
        className="field-input"
      />
      {state.status === 'error' ? (
        <p id={errorId} className="field-error">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="btn-quiet" disabled={pending}>
        {pending ? 'Saving…' : 'Save comment'}
      </button>
      <p role="status" className="text-sm font-medium">
        {state.status === 'ok' ? (
          <>
            <span aria-hidden="true">✓ </span>
            {state.message}
          </>
        ) : null}
      </p>
    </form>
  );
}
