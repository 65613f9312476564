/** A printable sign-in card for a pupil account: shown once, when the one-time password is set. */
export interface SignInCard {
  displayName: string;
  username: string;
  oneTimePassword: string;
}

/** What the create-pupils and reset-password actions hand back to their forms. */
export type CardsState =
  { status: 'idle' } | { status: 'ok'; cards: SignInCard[] } | { status: 'error'; message: string };
