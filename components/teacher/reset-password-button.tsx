'use client';
import { useActionState } from 'react';
import type { CardsState } from '@/lib/roster/sign-in-card';

type Props = {
  classId: string;
  studentId: string;
  studentName: string;
  action: (prev: CardsState, form: FormData) => Promise<CardsState>;
};

/** Issues a new one-time password and shows it once, next to the student's row. */
export function ResetPasswordButton({ classId, studentId, studentName, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as CardsState);
  const card = state.status === 'ok' ? state.cards[0] : undefined;
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      <button type="submit" className="btn-quiet" disabled={pending}>
        Reset password<span className="sr-only"> of {studentName}</span>
      </button>
      <span role="status" className="ml-2">
        {card ? (
          <>
            New one-time password: <strong className="font-mono">{card.oneTimePassword}</strong>
          </>
        ) : state.status === 'error' ? (
          state.message
        ) : null}
      </span>
    </form>
  );
}
