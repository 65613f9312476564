import 'server-only';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { readSessionClaims } from './session-claims';
import { findSessionUser, type SessionUser } from '@/lib/dal/users';
import { sessionIdleMinutes } from '@/lib/env';
import { nowInSeconds, sessionIsLive } from './session-policy';

/**
 * The one choke point for "who is asking". Every page, server action and route handler goes
 * through these; proxy/middleware never decides access on its own.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await readSessionClaims();
  if (typeof session?.uid !== 'string') return null;
  // Idle and absolute timeouts, from the token alone: no database round trip.
  if (!sessionIsLive(session, sessionIdleMinutes(), nowInSeconds())) return null;
  const user = await findSessionUser(session.uid);
  // A token minted before "sign out everywhere" or a password change carries an older version.
  if (!user || user.sessionVersion !== session.sv) return null;
  return user;
});

export const CHANGE_PASSWORD_PATH = '/account/password';

/** For pages and server actions: the signed-in user, or a redirect to sign-in (or to set a password). */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in');
  // A one-time password from a teacher's sign-in card was seen by others: replace it before anything else.
  if (user.mustChangePassword && returnTo !== CHANGE_PASSWORD_PATH) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** For teacher pages and actions: a teacher, a redirect to sign-in, or 403 for a student. */
export async function requireTeacher(returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== 'TEACHER') forbidden();
  return user;
}

/** For route handlers, which answer JSON instead of redirecting. */
export async function userForRoute(): Promise<{ user: SessionUser } | { response: Response }> {
  const user = await getCurrentUser();
  if (!user) return { response: Response.json({ error: 'Sign in first.' }, { status: 401 }) };
  if (user.mustChangePassword)
    return { response: Response.json({ error: 'Set a new password first.' }, { status: 403 }) };
  return { user };
}
