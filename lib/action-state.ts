/** What a form's server action hands back to the form. */
export type ActionState =
  | { status: 'idle' }
  | { status: 'ok'; message: string }
  | { status: 'error'; message: string; field?: string };

export const IDLE: ActionState = { status: 'idle' };
