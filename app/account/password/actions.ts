'use server';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import { CHANGE_PASSWORD_PATH } from '@/lib/auth/session';
import { ZPassword } from '@/lib/accounts/schemas';
import { THROTTLED_MESSAGE, throttles } from '@/lib/auth/throttles';
import { changeOwnPassword } from '@/lib/dal/account-data';
import type { PasswordState } from '@/lib/action-state';

const ZChange = z
  .object({ current: z.string().max(128).optional(), next: ZPassword, confirm: z.string() })
  .refine((f) => f.next === f.confirm, { path: ['confirm'], message: 'The two new passwords do not match.' });

export const changePasswordAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => {
    const text = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' ? v : undefined;
    };
    return { current: text('current'), next: text('next') ?? '', confirm: text('confirm') ?? '' };
  },
  schema: ZChange,
  caller: 'user',
  returnTo: CHANGE_PASSWORD_PATH,
  refused: formError(['next', 'current', 'confirm']),
  run: async (change, user): Promise<PasswordState> => {
    // Only a check of the current password can be guessed at; a first-time change asks for none.
    if (!user.mustChangePassword && !(await throttles().take('passwordCheckPerAccount', user.id)))
      return { status: 'error', field: 'current', message: THROTTLED_MESSAGE };
    const result = await changeOwnPassword(user, change);
    if (!result.ok) return { status: 'error', field: 'current', message: result.reason };
    // A first-time change keeps this session; a voluntary one ended every session, this one included.
    // Not a server redirect: this request still holds the user as it was (must change password), so
    // rendering the next page within it would bounce straight back here.
    if (!user.mustChangePassword) return { status: 'changed', next: '/sign-in' };
    return { status: 'changed', next: user.role === 'TEACHER' ? '/teacher' : '/student' };
  },
});
