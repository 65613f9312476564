import { decode, type JWT } from 'next-auth/jwt';
import { nowInSeconds } from './session-policy';
import { processCache } from '@/lib/process-cache';

/**
 * Decoding a session token costs a key derivation and an AES-GCM decryption, and every request
 * decoded the same cookie twice (proxy.ts, then requireUser). A cookie changes at most once a
 * minute (proxy.ts moves `seen`), and the same ciphertext under the same secret always decodes to
 * the same claims, so decoded claims are kept, keyed by the cookie, until the token expires.
 * Revocation is unaffected: requireUser still compares `sv` with the database on every request.
 */
const MAX_KEPT = 5_000;
// One Map for the whole process: proxy.ts, route handlers and pages are separate bundles.
const kept = processCache<{ secret: string; claims: Readonly<JWT> }>('session-tokens');

/** The token's claims; null when it has expired; throws on a token this secret did not seal. */
export async function decodeSessionToken(
  token: string,
  secret: string,
  now = nowInSeconds(),
): Promise<Readonly<JWT> | null> {
  const hit = kept.get(token);
  if (hit && hit.secret === secret) {
    kept.delete(token);
    if (typeof hit.claims.exp === 'number' && hit.claims.exp > now) {
      kept.set(token, hit); // most recently used last, so the oldest out is the least recently used
      return hit.claims;
    }
  }
  const claims = await decode({ token, secret });
  if (!claims || typeof claims.exp !== 'number' || claims.exp <= now) return null;
  // Least recently used out first: a Map iterates in insertion order.
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(token, { secret, claims: Object.freeze(claims) });
  return claims;
}
