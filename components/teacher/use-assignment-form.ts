'use client';
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import { firstInvalidIn, moveFocus } from '@/components/ui/focus';

/**
 * The submit and focus behaviour the assign and edit forms share. The browser's zone, added at
 * submit, turns the teacher's wall-clock dates into instants on the server. Submitted by hand rather
 * than through the form's action prop, so a refused submission keeps what the teacher typed (React
 * resets a form after an action prop runs). After each answer, focus goes to the first field in
 * error (its message is read with it) or to the confirmation: never to <body>.
 */
export function useAssignmentForm(
  action: (prev: ActionState, form: FormData) => Promise<ActionState>,
  statusId: string,
  zone?: string | null,
) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    form.set('timeZone', zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
    startTransition(() => formAction(form));
  };
  useEffect(() => {
    if (state.status === 'error') moveFocus(() => firstInvalidIn(formRef.current));
    if (state.status === 'ok') moveFocus(statusId);
  }, [state, statusId]);
  return { state, pending, formRef, submit };
}
