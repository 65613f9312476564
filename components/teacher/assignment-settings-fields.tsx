import type { ActionState } from '@/lib/action-state';
import { FEEDBACK_MODES, FEEDBACK_MODE_LABEL } from '@/lib/assignment/assignment-rules';
import { errorOf } from '@/components/ui/action-errors';

/** The visible labels, also used to name the fields in the form's error summary. */
export const SETTINGS_LABELS = {
  releaseAt: 'Release (optional)',
  dueAt: 'Due (optional)',
  maxAttempts: 'Maximum attempts (optional)',
  feedbackMode: 'Feedback',
} as const;

type Defaults = { releaseAt: string; dueAt: string; maxAttempts: string; feedbackMode: string };

function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/**
 * Release, due date, attempts and feedback: the settings both the assign and the edit forms ask
 * for. Every field the server refused is marked invalid and shows its own message at once, read
 * with the field (aria-describedby) when focus reaches it.
 */
export function AssignmentSettingsFields({
  prefix,
  state,
  defaults,
  withFeedback,
}: {
  prefix: string;
  state: ActionState;
  defaults?: Defaults;
  withFeedback: boolean;
}) {
  const id = (field: string) => `${prefix}-${field}`;
  const error = (field: string) => errorOf(state, field);
  const describedBy = (field: string, hint?: boolean) =>
    [hint ? `${id(field)}-hint` : null, error(field) ? `${id(field)}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const input = (field: 'releaseAt' | 'dueAt' | 'maxAttempts', hint?: string) => (
    <div>
      <label htmlFor={id(field)} className="field-label">
        {SETTINGS_LABELS[field]}
      </label>
      <input
        id={id(field)}
        name={field}
        {...(field === 'maxAttempts' ? { inputMode: 'numeric' as const } : { type: 'datetime-local' })}
        className="field-input"
        defaultValue={defaults?.[field]}
        aria-invalid={error(field) ? true : undefined}
        aria-describedby={describedBy(field, hint !== undefined)}
      />
      {hint ? (
        <p id={`${id(field)}-hint`} className="text-sm text-ink-soft">
          {hint}
        </p>
      ) : null}
      <FieldMessage id={`${id(field)}-error`} message={error(field)} />
    </div>
  );
  return (
    <>
      {input('releaseAt', 'Empty: students see it at once.')}
      {input('dueAt')}
      {input('maxAttempts', 'Empty: unlimited.')}
      {withFeedback ? (
        <fieldset aria-describedby={error('feedbackMode') ? `${id('feedbackMode')}-error` : undefined}>
          <legend className="field-label">{SETTINGS_LABELS.feedbackMode}</legend>
          {FEEDBACK_MODES.map((mode, i) => (
            <label key={mode} className="flex items-center gap-2 py-1">
              <input
                type="radio"
                name="feedbackMode"
                value={mode}
                defaultChecked={defaults ? mode === defaults.feedbackMode : i === 0}
              />
              {FEEDBACK_MODE_LABEL[mode]}
            </label>
          ))}
          <FieldMessage id={`${id('feedbackMode')}-error`} message={error('feedbackMode')} />
        </fieldset>
      ) : (
        <input type="hidden" name="feedbackMode" value="PRACTICE" />
      )}
    </>
  );
}
