import 'server-only';
import { headers } from 'next/headers';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db, type Db } from '@/lib/db';

/**
 * Throttles for the other guessable or costly actions, counted in the database (the SignInLimit
 * table) so they hold across every server process. Each allows what a class does in a lesson,
 * behind one school address, and stops a script (issue 9, row 9).
 */
export const THROTTLES = {
  /** Join codes: 32^8 codes, so 20 wrong guesses per account per 10 minutes find nothing. */
  joinPerAccount: { points: 20, seconds: 10 * 60 },
  /** A class of 35 joining together with a few typos each. */
  joinPerAddress: { points: 150, seconds: 10 * 60 },
  /** A class signing up together from one school address, but not a script making hundreds. */
  signUpPerAddress: { points: 60, seconds: 60 * 60 },
  /** Re-typing the current password (change password, delete account): as strict as sign-in. */
  passwordCheckPerAccount: { points: 10, seconds: 15 * 60 },
} as const;

export type ThrottleName = keyof typeof THROTTLES;

/**
 * The sign-up allowance is a deployment setting, SIGN_UP_LIMIT_PER_HOUR (validated at start-up in
 * lib/env.ts); the browser tests raise it because every test signs up its pupils from 127.0.0.1.
 */
function signUpAllowance(): number {
  const set = Number(process.env.SIGN_UP_LIMIT_PER_HOUR);
  return Number.isInteger(set) && set >= 1 ? set : THROTTLES.signUpPerAddress.points;
}

export function createThrottles(storeClient: Db) {
  const limiters = new Map<ThrottleName, RateLimiterPrisma>();
  const limiter = (name: ThrottleName) => {
    let found = limiters.get(name);
    if (!found) {
      const { seconds } = THROTTLES[name];
      const points = name === 'signUpPerAddress' ? signUpAllowance() : THROTTLES[name].points;
      found = new RateLimiterPrisma({
        storeClient,
        tableName: 'signInLimit',
        keyPrefix: name,
        points,
        duration: seconds,
        clearExpiredByTimeout: false,
      });
      limiters.set(name, found);
    }
    return found;
  };
  return {
    /** Counts one try; false when the key has used up its allowance for the window. */
    async take(name: ThrottleName, key: string): Promise<boolean> {
      try {
        await limiter(name).consume(key);
        return true;
      } catch (err) {
        if (err instanceof RateLimiterRes) return false;
        throw err;
      }
    },
  };
}

let shared: ReturnType<typeof createThrottles> | undefined;
export function throttles() {
  shared ??= createThrottles(db());
  return shared;
}

/** The client address the server settled on at the socket (lib/http/socket-gate.ts). */
export async function requestAddress(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for') ?? '';
  return forwarded.split(',').pop()?.trim() || 'unknown';
}

export const THROTTLED_MESSAGE = 'Too many tries. Wait a few minutes, then try again.';
