'use client';
import type { SignInCard } from '@/lib/roster/sign-in-card';
import { SignInCards } from './sign-in-cards';

type Props = {
  cards: readonly SignInCard[];
  signInUrl: string;
  classLabel: string;
  summary: string;
  id: string;
};

/** Cards just issued: what happened (focused, so a screen reader hears it), a print button, the cards. */
export function PrintedCards({ cards, signInUrl, classLabel, summary, id }: Props) {
  return (
    <div className="space-y-3">
      <p id={id} tabIndex={-1} className="font-medium print:hidden">
        <span aria-hidden="true">✓ </span>
        {summary} Print the cards now: the passwords cannot be shown again.
      </p>
      <button type="button" className="btn print:hidden" onClick={() => window.print()}>
        Print sign-in cards
      </button>
      <SignInCards cards={cards} signInUrl={signInUrl} classLabel={classLabel} />
    </div>
  );
}
