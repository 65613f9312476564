import type { FieldErrors, TSignUp } from '@/lib/accounts/schemas';

/** What a form's server action hands back to the form. */
export type ActionState =
  | { status: 'idle' }
  | { status: 'ok'; message: string }
  | {
      status: 'error';
      message: string;
      /** The first field in error: where focus goes. */
      field?: string;
      /** Every field in error with its message, when a form reports them all at once. */
      fields?: Readonly<Record<string, string>>;
    };

export const IDLE: ActionState = { status: 'idle' };

/** The password form's state: after a successful change, where to go (the browser navigates there with a full page load). */
export type PasswordState = ActionState | { status: 'changed'; next: string };

/** What the sign-up action hands back to its form (the browser then signs in with the same credentials). */
export type SignUpResult = { ok: true } | { ok: false; errors: FieldErrors<TSignUp> };

/** A form's text fields by name: '' for a missing field or a file. */
export function formText(form: FormData): (name: string) => string {
  return (name) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
}
