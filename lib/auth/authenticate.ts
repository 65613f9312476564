import 'server-only';
import { ZSignIn } from '@/lib/accounts/schemas';
import { verifyAgainstDummy, verifyPassword } from '@/lib/dal/passwords';
import { signInLimiter } from './rate-limit';
import { findUserForSignIn, type SessionUser } from '@/lib/dal/users';

export type AuthenticateResult =
  { ok: true; user: SessionUser } | { ok: false; reason: 'invalid' | 'rate-limited' };

/**
 * Checks a sign-in. Unknown account and wrong password give the same answer after the same work
 * (an Argon2 verification either way), so neither the message nor the timing reveals an account.
 */
export async function authenticate(raw: unknown, ip: string): Promise<AuthenticateResult> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { identifier, password } = parsed.data;
  if (!(await signInLimiter().consume(identifier, ip))) return { ok: false, reason: 'rate-limited' };
  const user = await findUserForSignIn(identifier);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid) {
    await signInLimiter().recordFailure();
    return { ok: false, reason: 'invalid' };
  }
  await signInLimiter().recordSuccess(identifier, ip);
  const { passwordHash: _omit, ...sessionUser } = user;
  void _omit;
  return { ok: true, user: sessionUser as SessionUser };
}
