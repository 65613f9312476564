/**
 * How long a session lives. The token records when its holder signed in (authAt) and when it was
 * last used (seen), both in epoch seconds; proxy.ts moves `seen` forward at most once a minute.
 * A session ends after SESSION_IDLE_MINUTES without a request (default 120: a double lesson and a
 * break; a shared classroom computer left signed in does not stay so for the next class), and
 * 12 hours after sign-in whatever happens (one school day; ASVS 5 V7.3).
 */
export const SESSION_MAX_SECONDS = 12 * 60 * 60;
/** `seen` is rewritten only when older than this, so most requests send no new cookie. */
export const SEEN_REFRESH_SECONDS = 60;

export interface SessionTimes {
  authAt?: unknown;
  seen?: unknown;
}

/** Whether a token's times still allow it; a token without them (older format) has ended. */
export function sessionIsLive(times: SessionTimes, idleMinutes: number, nowSeconds: number): boolean {
  const { authAt, seen } = times;
  if (typeof authAt !== 'number' || typeof seen !== 'number') return false;
  if (nowSeconds - authAt > SESSION_MAX_SECONDS || authAt > nowSeconds + 60) return false;
  return nowSeconds - seen <= idleMinutes * 60;
}

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
