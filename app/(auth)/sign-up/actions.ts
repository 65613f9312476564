'use server';
import { ZSignUp, fieldErrors } from '@/lib/accounts/schemas';
import { serverAction } from '@/lib/actions/server-action';
import type { SignUpResult } from '@/lib/action-state';
import { createUser } from '@/lib/dal/users';
import { THROTTLED_MESSAGE, requestAddress, throttles } from '@/lib/auth/throttles';

/** Creates an account; the browser signs in with the same credentials afterwards. */
export const signUpAction = serverAction({
  shape: { payload: 'value' },
  read: ({ value }) => value,
  schema: ZSignUp,
  caller: 'anyone',
  refused: ({ error, message }): SignUpResult => ({
    ok: false,
    errors: error ? fieldErrors(error) : { identifier: message },
  }),
  run: async (account): Promise<SignUpResult> => {
    if (!(await throttles().take('signUpPerAddress', await requestAddress())))
      return { ok: false, errors: { identifier: THROTTLED_MESSAGE } };
    const created = await createUser(account);
    if (!created.ok) return { ok: false, errors: { identifier: created.reason } };
    return { ok: true };
  },
});
