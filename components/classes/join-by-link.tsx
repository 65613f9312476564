'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';

type Props = { action: (prev: ActionState, form: FormData) => Promise<ActionState>; code: string };

/** One button that joins the class an invite link names; the outcome is announced and links on to My work. */
export function JoinByLink({ action, code }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <div className="space-y-4">
      {state.status === 'ok' ? null : (
        <form action={formAction}>
          <input type="hidden" name="code" value={code} />
          <button type="submit" className="btn" disabled={pending}>
            {pending ? 'Joining…' : 'Join the class'}
          </button>
        </form>
      )}
      <div role="status" className="font-medium">
        {state.status === 'ok' ? (
          <p>
            <span aria-hidden="true">✓ </span>
            {state.message}
          </p>
        ) : null}
      </div>
      <div role="alert" className="font-medium text-bad">
        {state.status === 'error' ? state.message : null}
      </div>
      {state.status === 'ok' ? (
        <Link href="/student" className="btn">
          Go to My work
        </Link>
      ) : null}
    </div>
  );
}
