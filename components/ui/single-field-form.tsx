'use client';
import { useActionState } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import { TextField } from './text-field';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  name: string;
  label: string;
  submitLabel: string;
  hint?: string;
  autoComplete?: string;
};

/** One labelled field and a button, wired to a server action; results are announced politely. */
export function SingleFieldForm({ action, name, label, submitLabel, hint, autoComplete = 'off' }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate className="max-w-md">
      <TextField
        label={label}
        name={name}
        hint={hint}
        autoComplete={autoComplete}
        error={state.status === 'error' ? state.message : undefined}
      />
      <button type="submit" className="btn" disabled={pending}>
        {pending ? 'Working…' : submitLabel}
      </button>
      <p role="status" className="mt-3 font-medium">
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
