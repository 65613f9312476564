'use client';
import type { ActionState } from '@/lib/action-state';
import { LateWorkCheckbox } from './late-work-checkbox';
import { BusyButton } from '@/components/ui/busy-button';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { FormAlert } from '@/components/ui/form-alert';
import { alertOf, errorOf } from '@/components/ui/action-errors';
import { AssignmentSettingsFields, SETTINGS_LABELS } from './assignment-settings-fields';
import { useAssignmentForm } from './use-assignment-form';

type Option = { slug: string; title: string };
type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  /** The class to assign to, sent with the form. */
  classId: string;
  quizzes: readonly Option[];
  scenarios: readonly Option[];
};

const LABELS = { content: 'What to assign', ...SETTINGS_LABELS } as const;

/**
 * Assign a quiz or a scenario. A refusal shows every problem at once: each next to its field, and
 * an alert naming the fields; focus goes to the first of them.
 */
export function AssignmentForm({ action, classId, quizzes, scenarios }: Props) {
  const { state, pending, formRef, submit } = useAssignmentForm(action, 'assign-status');
  const contentError = errorOf(state, 'content');
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="max-w-md space-y-4">
      <HiddenFields fields={{ classId }} />
      <FormAlert id="assign-alert" message={alertOf(state, LABELS)} />
      <div>
        <label htmlFor="assign-content" className="field-label">
          {LABELS.content}
        </label>
        <select
          id="assign-content"
          name="content"
          className="field-input"
          defaultValue=""
          aria-invalid={contentError ? true : undefined}
          aria-describedby={contentError ? 'assign-content-error' : undefined}
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
        {contentError ? (
          <p id="assign-content-error" className="field-error">
            <span aria-hidden="true">⚠ </span>
            {contentError}
          </p>
        ) : null}
      </div>
      <AssignmentSettingsFields prefix="assign" state={state} withFeedback />
      {/* On for new work, as Google Classroom does: late work is allowed and flagged, not refused. */}
      <LateWorkCheckbox id="assign-acceptLateWork" defaultChecked />
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
