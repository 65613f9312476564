'use client';
import { startTransition, type FormEvent } from 'react';

/**
 * Submits a form to its server action by hand, not through the action prop: React resets a form
 * after an action prop runs, which would empty what was typed after a refusal (WCAG 3.3.7).
 */
export function useHandSubmit(formAction: (data: FormData) => void, pending: boolean) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}
