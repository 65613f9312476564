import type { ActionState } from '@/lib/action-state';
import { summariseFieldErrors } from './error-summary';

/** The message a server action gave for one field, if any. */
export function errorOf(state: ActionState, field: string): string | undefined {
  if (state.status !== 'error') return undefined;
  return state.fields?.[field] ?? (state.field === field ? state.message : undefined);
}

/**
 * What a form's alert region says after a refusal: the fields that need attention, named by their
 * visible labels (the summary sign-up uses, review H3), or the server's own message when the
 * refusal belongs to no field.
 */
export function alertOf(state: ActionState, labels: Readonly<Record<string, string>>): string | null {
  if (state.status !== 'error') return null;
  const fields = state.fields ?? (state.field ? { [state.field]: state.message } : {});
  return summariseFieldErrors(fields, labels) ?? state.message;
}
