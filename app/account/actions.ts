'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { THROTTLED_MESSAGE, throttles } from '@/lib/auth/throttles';
import { bumpSessionVersion } from '@/lib/dal/users';
import { deleteOwnAccount } from '@/lib/dal/account-data';
import type { ActionState } from '@/lib/action-state';

/** Revokes every session of this account, on every device, including this one. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser('/account');
  await bumpSessionVersion(user.id);
  redirect('/sign-in');
}

const ZDelete = z.object({ password: z.string().min(1, 'Type your password to confirm.').max(128) });

/** Deletes the account and every row that is the user's; the session dies with the user row. */
export async function deleteAccountAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser('/account');
  const parsed = ZDelete.safeParse({ password: form.get('password') });
  if (!parsed.success)
    return {
      status: 'error',
      field: 'password',
      message: parsed.error.issues[0]?.message ?? 'Type your password.',
    };
  if (!(await throttles().take('passwordCheckPerAccount', user.id)))
    return { status: 'error', field: 'password', message: THROTTLED_MESSAGE };
  const result = await deleteOwnAccount(user, parsed.data.password);
  if (!result.ok)
    return { status: 'error', field: 'password', message: 'That is not your password. Nothing was deleted.' };
  redirect('/');
}
