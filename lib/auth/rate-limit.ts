import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '@/lib/db';

/**
 * Sign-in attempts are counted in the database, so every server process shares the same limits.
 * Per account: 10 attempts per 15 minutes (slows guessing one password). Per IP: 50 per 15 minutes
 * (slows spraying many accounts), generous enough for a classroom behind one school address.
 */
const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_LIMIT = 10;
export const IP_LIMIT = 50;

let limiters: { account: RateLimiterPrisma; ip: RateLimiterPrisma } | undefined;

function getLimiters() {
  const storeClient = db();
  limiters ??= {
    account: new RateLimiterPrisma({
      storeClient,
      tableName: 'signInLimit',
      keyPrefix: 'acct',
      points: ACCOUNT_LIMIT,
      duration: WINDOW_SECONDS,
    }),
    ip: new RateLimiterPrisma({ storeClient, tableName: 'signInLimit', keyPrefix: 'ip', points: IP_LIMIT, duration: WINDOW_SECONDS }),
  };
  return limiters;
}

/** Counts one sign-in attempt; returns false when either limit is exhausted. */
export async function consumeSignInAttempt(identifier: string, ip: string): Promise<boolean> {
  const { account, ip: byIp } = getLimiters();
  try {
    await Promise.all([account.consume(identifier), byIp.consume(ip)]);
    return true;
  } catch (err) {
    if (err instanceof RateLimiterRes) return false;
    throw err;
  }
}

/** A successful sign-in clears the account's counter (not the IP's). */
export async function clearAccountAttempts(identifier: string): Promise<void> {
  await getLimiters().account.delete(identifier);
}
