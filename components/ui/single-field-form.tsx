'use client';
import { useActionState, useEffect, useRef } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import { BusyButton } from './busy-button';
import { HiddenFields } from './hidden-fields';
import { LiveRegion } from './live-region';
import { moveFocus } from './focus';
import { TextField } from './text-field';
import { useHandSubmit } from './use-hand-submit';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  name: string;
  label: string;
  submitLabel: string;
  hint?: string;
  autoComplete?: string;
  /** What the field starts with (the current name, when renaming). */
  defaultValue?: string;
  /** Hidden fields the action needs (the class being renamed). */
  fields?: Record<string, string>;
};

/**
 * One labelled field and a button, wired to a server action. A refusal keeps what was typed and
 * puts focus on the field (its error is read with it); a success is announced and focused. The
 * button stays focusable while the request runs.
 */
export function SingleFieldForm({
  action,
  name,
  label,
  submitLabel,
  hint,
  autoComplete = 'off',
  defaultValue,
  fields = {},
}: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldId = `field-${name}`;
  const statusId = `${fieldId}-status`;
  const submit = useHandSubmit(formAction, pending);
  useEffect(() => {
    if (state.status === 'error') moveFocus(fieldId);
    if (state.status === 'ok') {
      formRef.current?.reset();
      moveFocus(statusId);
    }
  }, [state, fieldId, statusId]);
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="max-w-md">
      <HiddenFields fields={fields} />
      <TextField
        label={label}
        name={name}
        hint={hint}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        error={state.status === 'error' ? state.message : undefined}
      />
      {/* The alert names the field; focus on the field then reads its message (aria-describedby). */}
      <LiveRegion
        tone="assertive"
        visuallyHidden
        message={state.status === 'error' ? `1 field needs attention: ${label}.` : null}
      />
      <BusyButton type="submit" className="btn" busy={pending}>
        {pending ? 'Working…' : submitLabel}
      </BusyButton>
      <p id={statusId} role="status" tabIndex={-1} className="mt-3 font-medium">
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
