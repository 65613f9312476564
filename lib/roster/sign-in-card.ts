import type { DuplicateName } from './duplicate-names';

/** A printable sign-in card for a pupil account: shown once, when the one-time password is set. */
export interface SignInCard {
  displayName: string;
  username: string;
  oneTimePassword: string;
}

/** What the create-pupils and reset-password actions hand back to their forms. */
export type CardsState =
  { status: 'idle' } | { status: 'ok'; cards: SignInCard[] } | { status: 'error'; message: string };

/** What the bulk form's action hands back. After a success, `nextKey` is the submission key the form sends next. */
export type BulkCardsState =
  | { status: 'idle' }
  | { status: 'ok'; nextKey: string; cards: SignInCard[] }
  | { status: 'error'; message: string }
  /** Nothing was created; the teacher chooses to create the duplicates anyway or to leave them out. */
  | { status: 'duplicates'; duplicates: DuplicateName[] };
