import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// Argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommended minimum).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same work as a real check when no account matches, so the response time does not
 * reveal whether an account exists.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash('open-door-dummy-password-for-timing');
  await verify(await dummyHash, password).catch(() => false);
  return false;
}
