import { encode } from 'next-auth/jwt';
import { decodeSessionToken } from './token-decode';
import { SEEN_REFRESH_SECONDS, SESSION_MAX_SECONDS, nowInSeconds, sessionIsLive } from './session-policy';

/**
 * The session cookie as proxy.ts should pass it on: unchanged, refreshed with a new `seen` (at most
 * once a minute, so the idle timeout measures real inactivity), or ended (idle, too old, or not a
 * token this server signed). Encoding and decoding only: no database round trip per request.
 */
export type CookieVerdict = { kind: 'keep' } | { kind: 'end' } | { kind: 'refresh'; value: string };

export function sessionCookieName(publicUrl: string | undefined): string {
  return `${publicUrl?.startsWith('https://') ? '__Secure-' : ''}next-auth.session-token`;
}

export async function judgeSessionCookie(
  value: string,
  secret: string,
  idleMinutes: number,
  now = nowInSeconds(),
): Promise<CookieVerdict> {
  let token: Awaited<ReturnType<typeof decodeSessionToken>>;
  try {
    token = await decodeSessionToken(value, secret, now);
  } catch {
    return { kind: 'end' };
  }
  if (!token || !sessionIsLive(token, idleMinutes, now)) return { kind: 'end' };
  if (now - (token.seen ?? 0) < SEEN_REFRESH_SECONDS) return { kind: 'keep' };
  const authAt = token.authAt ?? now;
  // The cookie never outlives the absolute lifetime counted from sign-in.
  const remaining = Math.max(1, SESSION_MAX_SECONDS - (now - authAt));
  return {
    kind: 'refresh',
    value: await encode({ token: { ...token, seen: now }, secret, maxAge: remaining }),
  };
}
