'use client';
import { useActionState } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import { TextField } from '@/components/ui/text-field';

/** Password confirmation for deleting the account; a wrong password deletes nothing and says so. */
export function DeleteAccountForm({
  action,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate className="max-w-md">
      <TextField
        label="Your password, to confirm"
        name="password"
        id="delete-password"
        type="password"
        autoComplete="current-password"
        error={state.status === 'error' ? state.message : undefined}
      />
      <button type="submit" className="btn" disabled={pending}>
        {pending ? 'Deleting…' : 'Delete my account'}
      </button>
    </form>
  );
}
