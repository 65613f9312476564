import 'server-only';
import { cookies } from 'next/headers';
import { sessionCookieName } from './session-refresh';
import { decodeSessionToken } from './token-decode';

export type TSessionClaims = { uid?: unknown; sv?: unknown; authAt?: unknown; seen?: unknown };

/**
 * The claims of this request's session cookie (as proxy.ts passed it on: refreshed or removed),
 * read straight from the cookie. next-auth's getServerSession did the same decode plus its whole
 * request set-up, a fresh CSRF token and a re-encoded cookie on every call, all thrown away here.
 */
export async function readSessionClaims(): Promise<TSessionClaims | null> {
  const secret = process.env.NEXTAUTH_SECRET;
  const value = (await cookies()).get(sessionCookieName(process.env.NEXTAUTH_URL))?.value;
  if (!value || !secret) return null;
  try {
    return await decodeSessionToken(value, secret);
  } catch {
    return null; // damaged, forged or sealed with another secret: not signed in
  }
}
