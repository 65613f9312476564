'use client';
import { startTransition, useActionState, type FormEvent } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import { FEEDBACK_MODES, FEEDBACK_MODE_LABEL } from '@/lib/assignment/assignment-rules';
import { instantToWallTime } from '@/lib/dates/wall-time';
import { useReaderZone } from '@/components/ui/use-reader-zone';
import { LateWorkCheckbox } from './late-work-checkbox';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  kind: 'QUIZ' | 'SCENARIO';
  releaseAt: string | null;
  dueAt: string | null;
  maxAttempts: number | null;
  feedbackMode: string;
  acceptLateWork: boolean;
};

function FieldError({ state, field }: { state: ActionState; field: string }) {
  if (state.status !== 'error' || state.field !== field) return null;
  return (
    <p id={`edit-${field}-error`} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {state.message}
    </p>
  );
}

/**
 * Edits an assignment's dates, attempts and feedback in place. The dates are shown and read on
 * the teacher's own clock: the fields fill in once the browser has said its zone.
 */
export function EditAssignmentForm({
  action,
  kind,
  releaseAt,
  dueAt,
  maxAttempts,
  feedbackMode,
  acceptLateWork,
}: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const zone = useReaderZone();
  const local = (iso: string | null) => (iso && zone ? instantToWallTime(new Date(iso), zone) : '');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set('timeZone', zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
    startTransition(() => formAction(form));
  };
  const invalid = (field: string) => (state.status === 'error' && state.field === field ? true : undefined);
  const describedBy = (field: string) =>
    state.status === 'error' && state.field === field ? `edit-${field}-error` : undefined;
  // Re-mounted once the zone is known, so the fields start from the teacher's own clock.
  return (
    <form key={zone ?? 'server'} onSubmit={submit} noValidate className="max-w-md space-y-4">
      <div>
        <label htmlFor="edit-releaseAt" className="field-label">
          Release (optional)
        </label>
        <input
          id="edit-releaseAt"
          name="releaseAt"
          type="datetime-local"
          className="field-input"
          defaultValue={local(releaseAt)}
          aria-invalid={invalid('releaseAt')}
          aria-describedby={describedBy('releaseAt')}
        />
        <FieldError state={state} field="releaseAt" />
      </div>
      <div>
        <label htmlFor="edit-dueAt" className="field-label">
          Due (optional)
        </label>
        <input
          id="edit-dueAt"
          name="dueAt"
          type="datetime-local"
          className="field-input"
          defaultValue={local(dueAt)}
          aria-invalid={invalid('dueAt')}
          aria-describedby={describedBy('dueAt')}
        />
        <FieldError state={state} field="dueAt" />
      </div>
      <div>
        <label htmlFor="edit-maxAttempts" className="field-label">
          Maximum attempts (optional)
        </label>
        <input
          id="edit-maxAttempts"
          name="maxAttempts"
          inputMode="numeric"
          className="field-input"
          defaultValue={maxAttempts ?? ''}
          aria-invalid={invalid('maxAttempts')}
          aria-describedby={describedBy('maxAttempts')}
        />
        <FieldError state={state} field="maxAttempts" />
      </div>
      <LateWorkCheckbox id="edit-acceptLateWork" defaultChecked={acceptLateWork} />
      {kind === 'QUIZ' ? (
        <fieldset>
          <legend className="field-label">Feedback</legend>
          {FEEDBACK_MODES.map((mode) => (
            <label key={mode} className="flex items-center gap-2 py-1">
              <input type="radio" name="feedbackMode" value={mode} defaultChecked={mode === feedbackMode} />
              {FEEDBACK_MODE_LABEL[mode]}
            </label>
          ))}
          <FieldError state={state} field="feedbackMode" />
        </fieldset>
      ) : (
        <input type="hidden" name="feedbackMode" value="PRACTICE" />
      )}
      <button type="submit" className="btn" disabled={pending}>
        {pending ? 'Saving…' : 'Save changes'}
      </button>
      <p role="status" className="font-medium">
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
