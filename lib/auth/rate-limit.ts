import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db, type Db } from '@/lib/db';
import { pruneExpiredLimitsNow } from './limit-cleanup';

/**
 * Sign-in attempts are counted in the database, so every server process shares the same limits.
 * Per account: 10 attempts per 15 minutes (slows guessing one password). Per IP: 50 failed attempts
 * per 15 minutes (slows spraying many accounts). A successful sign-in gives its address point back,
 * so a whole year group signing in behind one school address is never refused; only guessing counts.
 * Whole server: 120 failed sign-ins a minute. Each failure costs an Argon2 verification (≈ 30 ms of
 * a core), so without a ceiling many addresses together could keep the CPU busy hashing (issue 9,
 * row 2); a class of 30 mistyping at once stays far below it.
 */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_LIMIT = 10;
export const IP_LIMIT = 50;
export const GLOBAL_FAILED_PER_MINUTE = 120;

export interface SignInLimiter {
  /** Counts one attempt; false when the account's, the address's or the server's limit is exhausted. */
  consume(identifier: string, ip: string): Promise<boolean>;
  /** A failed verification counts towards the server-wide ceiling. */
  recordFailure(): Promise<void>;
  /** A successful sign-in clears the account's counter and gives the address its point back. */
  recordSuccess(identifier: string, ip: string): Promise<void>;
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
  const failures = new RateLimiterPrisma({
    ...common,
    keyPrefix: 'failed',
    duration: 60,
    points: GLOBAL_FAILED_PER_MINUTE,
  });
  return {
    async consume(identifier, ip) {
      pruneExpiredLimitsNow(storeClient);
      // Checked before anything is hashed; only failures add to it, so it cannot lock out a good password
      // unless the server is already refusing sign-ins under attack.
      const server = await failures.get('all');
      if (server && server.consumedPoints >= GLOBAL_FAILED_PER_MINUTE) return false;
      try {
        await Promise.all([account.consume(identifier), byIp.consume(ip)]);
        return true;
      } catch (err) {
        if (err instanceof RateLimiterRes) return false;
        throw err;
      }
    },
    async recordFailure() {
      try {
        await failures.consume('all');
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
      }
    },
    async recordSuccess(identifier, ip) {
      await Promise.all([account.delete(identifier), byIp.reward(ip, 1)]);
    },
  };
}

let shared: SignInLimiter | undefined;
export function signInLimiter(): SignInLimiter {
  shared ??= createSignInLimiter(db());
  return shared;
}
