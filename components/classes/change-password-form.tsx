'use client';
import { useActionState, useEffect } from 'react';
import { IDLE } from '@/lib/action-state';
import type { PasswordState } from '@/lib/action-state';
import { TextField } from '@/components/ui/text-field';

type Props = { action: (prev: PasswordState, form: FormData) => Promise<PasswordState>; askCurrent: boolean };

/** New password twice (and the current one for a voluntary change); errors sit next to their field. */
export function ChangePasswordForm({ action, askCurrent }: Props) {
  const [state, formAction, pending] = useActionState<PasswordState, FormData>(action, IDLE);
  // A full page load, so the next page is rendered for the account as it now is.
  useEffect(() => {
    if (state.status === 'changed') window.location.assign(state.next);
  }, [state]);
  const errorFor = (field: string) =>
    state.status === 'error' && state.field === field ? state.message : undefined;
  return (
    <form action={formAction} noValidate className="max-w-md">
      {askCurrent ? (
        <TextField
          label="Current password"
          name="current"
          type="password"
          autoComplete="current-password"
          error={errorFor('current')}
        />
      ) : null}
      <TextField
        label="New password"
        name="next"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={errorFor('next')}
      />
      <TextField
        label="New password again"
        name="confirm"
        type="password"
        autoComplete="new-password"
        error={errorFor('confirm')}
      />
      <button type="submit" className="btn" disabled={pending || state.status === 'changed'}>
        {pending ? 'Saving…' : 'Save password'}
      </button>
      <p role="status" className="mt-3 font-medium">
        {state.status === 'changed' ? 'Password saved.' : null}
      </p>
    </form>
  );
}
