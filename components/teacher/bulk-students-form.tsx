'use client';
import { startTransition, useActionState, type FormEvent } from 'react';
import type { CardsState } from '@/lib/roster/sign-in-card';
import { SignInCards } from './sign-in-cards';

type Props = {
  classId: string;
  action: (prev: CardsState, form: FormData) => Promise<CardsState>;
};

/** Names in, printable sign-in cards out (shown once, so the teacher prints them right away). */
export function BulkStudentsForm({ classId, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as CardsState);
  const error = state.status === 'error' ? state.message : undefined;
  // Submitted by hand so a refused list stays in the box for the teacher to fix.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => formAction(form));
  };
  return (
    <div className="space-y-4">
      <form onSubmit={submit} noValidate className="max-w-md print:hidden">
        <input type="hidden" name="classId" value={classId} />
        <label htmlFor="bulk-names" className="field-label">
          Student names, one per line
        </label>
        <p id="bulk-names-hint" className="mb-1 text-sm text-[var(--color-ink-soft)]">
          Names appear only to you and on the cards; usernames are made-up words, e.g. heron-4821.
        </p>
        <textarea
          id="bulk-names"
          name="names"
          rows={6}
          className="field-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={`bulk-names-hint${error ? ' bulk-names-error' : ''}`}
        />
        {error ? (
          <p id="bulk-names-error" className="field-error">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
        <button type="submit" className="btn mt-3" disabled={pending}>
          {pending ? 'Creating accounts…' : 'Create accounts'}
        </button>
      </form>
      <div role="status">
        {state.status === 'ok' ? (
          <div className="space-y-3">
            <p className="font-medium print:hidden">
              <span aria-hidden="true">✓ </span>
              {state.cards.length} {state.cards.length === 1 ? 'account' : 'accounts'} created. Print the
              cards now: the passwords cannot be shown again.
            </p>
            <button type="button" className="btn-quiet print:hidden" onClick={() => window.print()}>
              Print sign-in cards
            </button>
            <SignInCards cards={state.cards} signInUrl={`${window.location.origin}/sign-in`} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
