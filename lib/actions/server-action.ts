import 'server-only';
import { requireTeacher, requireUser } from '@/lib/auth/session';
import { guardedAction, type ActionSpec, type Caller } from './guarded-action';

/**
 * Every `'use server'` export is `export const xAction = serverAction({...})` (ARCHITECTURE.md,
 * "How to add a server action"): the guard of guarded-action.ts with the app's own sign-in.
 */
export function serverAction<T, S, C extends Caller>(spec: ActionSpec<T, S, C>) {
  return guardedAction(spec, (caller, returnTo) =>
    caller === 'teacher' ? requireTeacher(returnTo) : requireUser(returnTo),
  );
}
