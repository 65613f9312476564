'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import { THROTTLED_MESSAGE, throttles } from '@/lib/auth/throttles';
import { bumpSessionVersion } from '@/lib/dal/users';
import { deleteOwnAccount } from '@/lib/dal/account-data';
import type { ActionState } from '@/lib/action-state';

/** Revokes every session of this account, on every device, including this one. */
export const signOutEverywhereAction = serverAction({
  shape: { payload: 'none' },
  read: () => ({}),
  schema: z.object({}),
  caller: 'user',
  returnTo: '/account',
  refused: () => redirect('/account'),
  run: async (_input, user) => {
    await bumpSessionVersion(user.id);
    redirect('/sign-in');
  },
});

const ZDelete = z.object({ password: z.string().min(1, 'Type your password to confirm.').max(128) });

/** Deletes the account and every row that is the user's; the session dies with the user row. */
export const deleteAccountAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({ password: form.get('password') }),
  schema: ZDelete,
  caller: 'user',
  returnTo: '/account',
  refused: formError(['password']),
  run: async ({ password }, user): Promise<ActionState> => {
    if (!(await throttles().take('passwordCheckPerAccount', user.id)))
      return { status: 'error', field: 'password', message: THROTTLED_MESSAGE };
    const result = await deleteOwnAccount(user, password);
    if (!result.ok) return { status: 'error', field: 'password', message: result.reason };
    redirect('/');
  },
});
