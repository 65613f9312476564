'use server';
import { ZSignUp, fieldErrors } from '@/lib/accounts/schemas';
import type { SignUpResult } from '@/lib/action-state';
import { createUser } from '@/lib/dal/users';
import { THROTTLED_MESSAGE, requestAddress, throttles } from '@/lib/auth/throttles';

/** Creates an account; the browser signs in with the same credentials afterwards. */
export async function signUpAction(input: unknown): Promise<SignUpResult> {
  const parsed = ZSignUp.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  if (!(await throttles().take('signUpPerAddress', await requestAddress())))
    return { ok: false, errors: { identifier: THROTTLED_MESSAGE } };
  const created = await createUser(parsed.data);
  if (!created.ok)
    return { ok: false, errors: { identifier: 'That email or username cannot be used. Choose another.' } };
  return { ok: true };
}
