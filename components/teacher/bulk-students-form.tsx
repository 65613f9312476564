'use client';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import type { DuplicateChoice } from '@/lib/roster/duplicate-names';
import type { BulkCardsState, SignInCard } from '@/lib/roster/sign-in-card';
import { BusyButton } from '@/components/ui/busy-button';
import { moveFocus } from '@/components/ui/focus';
import { DuplicateNamesChoice } from './duplicate-names-choice';
import { PrintedCards } from './printed-cards';

type Props = {
  classId: string;
  /** The submission key this form is drawn with: a second submit of it creates nothing (roster-batch). */
  initialKey: string;
  signInUrl: string;
  classLabel: string;
  action: (prev: BulkCardsState, form: FormData) => Promise<BulkCardsState>;
};

/** Names in, printable sign-in cards out (shown once, so the teacher prints them right away). */
export function BulkStudentsForm({ classId, initialKey, signInUrl, classLabel, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as BulkCardsState);
  const form = useRef<HTMLFormElement>(null);
  // The key and the last cards made follow the action's answers: a later refused submit (a second
  // click answered "already created") never takes the printed passwords off the screen.
  const [key, setKey] = useState(initialKey);
  const [cards, setCards] = useState<SignInCard[] | null>(null);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === 'ok') {
      setKey(state.nextKey);
      setCards(state.cards);
    }
  }
  const error = state.status === 'error' ? state.message : undefined;

  // Submitted by hand so a refused list stays in the box for the teacher to fix; pressing again
  // while a request is in flight does nothing (the key makes it harmless anyway).
  const send = (duplicates: DuplicateChoice) => {
    if (pending || !form.current) return;
    const data = new FormData(form.current);
    data.set('duplicates', duplicates);
    startTransition(() => formAction(data));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send('ask');
  };

  useEffect(() => {
    if (state.status === 'ok') {
      form.current?.reset();
      moveFocus('bulk-created');
    } else if (state.status === 'duplicates') moveFocus('bulk-duplicates');
    else if (state.status === 'error') moveFocus('bulk-names');
  }, [state]);

  return (
    <div className="space-y-4">
      <form ref={form} onSubmit={submit} noValidate className="max-w-md print:hidden">
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="key" value={key} />
        <label htmlFor="bulk-names" className="field-label">
          Student names, one per line
        </label>
        <p id="bulk-names-hint" className="mb-1 text-sm text-ink-soft">
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
        <BusyButton type="submit" className="btn mt-3" busy={pending}>
          {pending ? 'Creating accounts…' : 'Create accounts'}
        </BusyButton>
      </form>
      <div role="status">
        {state.status === 'duplicates' ? (
          <DuplicateNamesChoice duplicates={state.duplicates} busy={pending} onChoose={send} />
        ) : null}
        {cards ? (
          <PrintedCards
            id="bulk-created"
            cards={cards}
            signInUrl={signInUrl}
            classLabel={classLabel}
            summary={`${cards.length} ${cards.length === 1 ? 'account' : 'accounts'} created.`}
          />
        ) : null}
      </div>
    </div>
  );
}
