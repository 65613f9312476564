import { notFound } from 'next/navigation';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/dal/users';
import { isRefusal, type TRefusal } from '@/lib/outcome/refusal';
import { readActionArguments, type ActionArguments, type ActionShape } from './action-arguments';

export type Caller = 'anyone' | 'user' | 'teacher';
/** The one "who is asking" choke point (lib/auth/session.ts), injected so the guard is testable. */
export type WhoIsAsking = (
  caller: Exclude<Caller, 'anyone'>,
  returnTo: string | undefined,
) => Promise<SessionUser>;
/**
 * What went wrong, for the action's error state: a sentence, the form field it concerns if any, and
 * for a schema problem every issue (a form that marks each field at once reads them there).
 */
export type Problem = { message: string; field?: string; error?: z.ZodError };

export const UNREADABLE_ARGUMENTS = 'The form could not be read. Reload the page and try again.';

export interface ActionSpec<T, S, C extends Caller> {
  shape: ActionShape;
  /** The raw input the schema checks, from arguments whose types are already right. */
  read: (args: ActionArguments) => unknown;
  schema: z.ZodType<T>;
  caller: C;
  /** Where sign-in comes back to: a fixed page, or one that depends on the checked input. */
  returnTo?: string | ((input: T) => string);
  /**
   * The action's error state for a problem (wrong argument types, a schema issue, a refusal): a
   * state the form shows, or for a button action with no state, notFound() or a redirect.
   */
  refused: (problem: Problem) => S;
  /** The action proper; it may answer a refusal from the data layer instead of a state. */
  run: (input: T, user: C extends 'anyone' ? null : SessionUser) => Promise<S | TRefusal>;
}

/**
 * The one way into every server action: argument types, then zod, then who is asking, then the
 * action; a refusal becomes the form's error state ("not found" the same 404 as every other page
 * of someone else's). Nothing is caught: notFound() and redirect() throw Next.js's own signals,
 * which must reach Next.js unchanged, and an unexpected error is a bug to see, not to hide.
 * Input is checked before sign-in is asked for because where sign-in returns to may depend on it.
 */
export function guardedAction<T, S, C extends Caller>(spec: ActionSpec<T, S, C>, whoIsAsking: WhoIsAsking) {
  return async (...args: unknown[]): Promise<S> => {
    const read = readActionArguments(args, spec.shape);
    if (!read) return spec.refused({ message: UNREADABLE_ARGUMENTS });
    const parsed = spec.schema.safeParse(spec.read(read));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // The innermost named place: a field of a nested form ('settings.dueAt' → 'dueAt').
      const field = issue?.path.findLast((part) => typeof part === 'string');
      return spec.refused({
        message: issue?.message ?? 'Check the form.',
        error: parsed.error,
        ...(field === undefined ? {} : { field }),
      });
    }
    const input = parsed.data;
    const returnTo = typeof spec.returnTo === 'function' ? spec.returnTo(input) : spec.returnTo;
    const user = spec.caller === 'anyone' ? null : await whoIsAsking(spec.caller, returnTo);
    const outcome = await spec.run(input, user as C extends 'anyone' ? null : SessionUser);
    return isRefusal(outcome) ? refusalState(outcome, spec.refused) : outcome;
  };
}

/** The one mapping from a refusal to what a server action answers. */
export function refusalState<S>(refusal: TRefusal, refused: (problem: Problem) => S): S {
  if (refusal.kind === 'not-found') notFound();
  return refused({ message: refusal.reason });
}
