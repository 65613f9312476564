'use client';
import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import { LateWorkCheckbox } from './late-work-checkbox';
import { IDLE, type ActionState } from '@/lib/action-state';
import { BusyButton } from '@/components/ui/busy-button';
import { FormAlert } from '@/components/ui/form-alert';
import { moveFocus } from '@/components/ui/focus';
import { FEEDBACK_MODES, FEEDBACK_MODE_LABEL } from '@/lib/assignment/assignment-rules';

type Option = { slug: string; title: string };
type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  quizzes: readonly Option[];
  scenarios: readonly Option[];
};

function FieldError({ id, state, field }: { id: string; state: ActionState; field: string }) {
  if (state.status !== 'error' || state.field !== field) return null;
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {state.message}
    </p>
  );
}

/** Assign a quiz or a scenario; each error is shown and announced next to its own field. */
export function AssignmentForm({ action, quizzes, scenarios }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  // The browser's zone, added at submit, turns the teacher's wall-clock dates into instants on the server.
  // Submitted by hand rather than through the form's action prop, so a refused submission keeps
  // what the teacher typed (React resets a form after an action prop runs).
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    form.set('timeZone', Intl.DateTimeFormat().resolvedOptions().timeZone);
    startTransition(() => formAction(form));
  };
  // After each answer from the server, focus goes to the field in error (its message is read with it),
  // or to the confirmation: never left on a button that went away or to <body>.
  useEffect(() => {
    if (state.status === 'error') moveFocus(state.field ? `assign-${state.field}` : 'assign-alert');
    if (state.status === 'ok') moveFocus('assign-status');
  }, [state]);
  const invalid = (field: string) => (state.status === 'error' && state.field === field ? true : undefined);
  const describedBy = (field: string, hint?: string) =>
    [hint, state.status === 'error' && state.field === field ? `assign-${field}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <form onSubmit={submit} noValidate className="max-w-md space-y-4">
      <FormAlert id="assign-alert" message={state.status === 'error' ? state.message : null} />
      <div>
        <label htmlFor="assign-content" className="field-label">
          What to assign
        </label>
        <select
          id="assign-content"
          name="content"
          className="field-input"
          defaultValue=""
          aria-invalid={invalid('content')}
          aria-describedby={describedBy('content')}
        >
          <option value="">Choose…</option>
          <optgroup label="Module quizzes">
            {quizzes.map((q) => (
              <option key={q.slug} value={`QUIZ:${q.slug}`}>
                Quiz: {q.title}
              </option>
            ))}
          </optgroup>
          <optgroup label="Scenarios">
            {scenarios.map((s) => (
              <option key={s.slug} value={`SCENARIO:${s.slug}`}>
                Scenario: {s.title}
              </option>
            ))}
          </optgroup>
        </select>
        <FieldError id="assign-content-error" state={state} field="content" />
      </div>
      <div>
        <label htmlFor="assign-releaseAt" className="field-label">
          Release (optional)
        </label>
        <input
          id="assign-releaseAt"
          name="releaseAt"
          type="datetime-local"
          className="field-input"
          aria-invalid={invalid('releaseAt')}
          aria-describedby={describedBy('releaseAt', 'assign-release-hint')}
        />
        <p id="assign-release-hint" className="text-sm text-[var(--color-ink-soft)]">
          Empty: students see it at once.
        </p>
        <FieldError id="assign-releaseAt-error" state={state} field="releaseAt" />
      </div>
      <div>
        <label htmlFor="assign-dueAt" className="field-label">
          Due (optional)
        </label>
        <input
          id="assign-dueAt"
          name="dueAt"
          type="datetime-local"
          className="field-input"
          aria-invalid={invalid('dueAt')}
          aria-describedby={describedBy('dueAt')}
        />
        <FieldError id="assign-dueAt-error" state={state} field="dueAt" />
      </div>
      <div>
        <label htmlFor="assign-maxAttempts" className="field-label">
          Maximum attempts (optional)
        </label>
        <input
          id="assign-maxAttempts"
          name="maxAttempts"
          inputMode="numeric"
          className="field-input"
          aria-invalid={invalid('maxAttempts')}
          aria-describedby={describedBy('maxAttempts', 'assign-attempts-hint')}
        />
        <p id="assign-attempts-hint" className="text-sm text-[var(--color-ink-soft)]">
          Empty: unlimited.
        </p>
        <FieldError id="assign-maxAttempts-error" state={state} field="maxAttempts" />
      </div>
      {/* On for new work, as Google Classroom does: late work is allowed and flagged, not refused. */}
      <LateWorkCheckbox id="assign-acceptLateWork" defaultChecked />
      <fieldset>
        <legend className="field-label">Feedback</legend>
        {FEEDBACK_MODES.map((mode, i) => (
          <label key={mode} className="flex items-center gap-2 py-1">
            <input type="radio" name="feedbackMode" value={mode} defaultChecked={i === 0} />
            {FEEDBACK_MODE_LABEL[mode]}
          </label>
        ))}
        <FieldError id="assign-feedbackMode-error" state={state} field="feedbackMode" />
      </fieldset>
      <BusyButton type="submit" className="btn" busy={pending}>
        {pending ? 'Assigning…' : 'Assign'}
      </BusyButton>
      <p id="assign-status" role="status" tabIndex={-1} className="font-medium">
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
