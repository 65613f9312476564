'use client';
import { useActionState, useEffect } from 'react';
import type { CardsState } from '@/lib/roster/sign-in-card';
import { BusyButton } from '@/components/ui/busy-button';
import { moveFocus } from '@/components/ui/focus';
import { PrintedCards } from './printed-cards';

type Props = {
  classId: string;
  unused: number;
  signInUrl: string;
  classLabel: string;
  action: (prev: CardsState, form: FormData) => Promise<CardsState>;
};

/** Fresh cards for the pupils who have not signed in yet; the consequence is said before the press. */
export function ReprintCardsForm({ classId, unused, signInUrl, classLabel, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as CardsState);
  useEffect(() => {
    if (state.status === 'ok') moveFocus('reprinted');
    else if (state.status === 'error') moveFocus('reprint-error');
  }, [state]);
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-2 print:hidden">
        <input type="hidden" name="classId" value={classId} />
        <p id="reprint-consequence">
          {unused === 1 ? '1 pupil has' : `${unused} pupils have`} not signed in yet. Reprinting gives{' '}
          {unused === 1 ? 'them' : 'each of them'} a new one-time password: the cards printed before stop
          working.
        </p>
        <BusyButton type="submit" className="btn" busy={pending} aria-describedby="reprint-consequence">
          Reprint unused cards with new passwords
        </BusyButton>
      </form>
      <div role="status">
        {state.status === 'ok' ? (
          <PrintedCards
            id="reprinted"
            cards={state.cards}
            signInUrl={signInUrl}
            classLabel={classLabel}
            summary={`${state.cards.length} new ${state.cards.length === 1 ? 'card' : 'cards'}; the old ones no longer work.`}
          />
        ) : state.status === 'error' ? (
          <p id="reprint-error" tabIndex={-1}>
            {state.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
