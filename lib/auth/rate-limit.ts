import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db, type Db } from '@/lib/db';

/**
 * Sign-in attempts are counted in the database, so every server process shares the same limits.
 * Per account: 10 attempts per 15 minutes (slows guessing one password). Per IP: 50 per 15 minutes
 * (slows spraying many accounts), generous enough for a classroom behind one school address.
 */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_LIMIT = 10;
export const IP_LIMIT = 50;

export interface SignInLimiter {
  /** Counts one attempt; false when the account's or the address's limit is exhausted. */
  consume(identifier: string, ip: string): Promise<boolean>;
  /** A successful sign-in clears the account's counter (not the address's). */
  clearAccount(identifier: string): Promise<void>;
}

export function createSignInLimiter(storeClient: Db): SignInLimiter {
  const common = {
    storeClient,
    tableName: 'signInLimit',
    duration: SIGN_IN_WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  };
  const account = new RateLimiterPrisma({ ...common, keyPrefix: 'acct', points: ACCOUNT_LIMIT });
  const byIp = new RateLimiterPrisma({ ...common, keyPrefix: 'ip', points: IP_LIMIT });
  return {
    async consume(identifier, ip) {
      try {
        await Promise.all([account.consume(identifier), byIp.consume(ip)]);
        return true;
      } catch (err) {
        if (err instanceof RateLimiterRes) return false;
        throw err;
      }
    },
    async clearAccount(identifier) {
      await account.delete(identifier);
    },
  };
}

let shared: SignInLimiter | undefined;
export function signInLimiter(): SignInLimiter {
  shared ??= createSignInLimiter(db());
  return shared;
}
