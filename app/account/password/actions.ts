'use server';
import { z } from 'zod';
import { CHANGE_PASSWORD_PATH, requireUser } from '@/lib/auth/session';
import { ZPassword } from '@/lib/accounts/schemas';
import { THROTTLED_MESSAGE, throttles } from '@/lib/auth/throttles';
import { changeOwnPassword } from '@/lib/dal/account-data';
import type { PasswordState } from '@/lib/action-state';

const ZChange = z
  .object({ current: z.string().max(128).optional(), next: ZPassword, confirm: z.string() })
  .refine((f) => f.next === f.confirm, { path: ['confirm'], message: 'The two new passwords do not match.' });

export async function changePasswordAction(_prev: PasswordState, form: FormData): Promise<PasswordState> {
  const user = await requireUser(CHANGE_PASSWORD_PATH);
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const parsed = ZChange.safeParse({
    current: text('current'),
    next: text('next') ?? '',
    confirm: text('confirm') ?? '',
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      status: 'error',
      field: String(issue?.path[0] ?? 'next'),
      message: issue?.message ?? 'Check the form.',
    };
  }
  // Only a check of the current password can be guessed at; a first-time change asks for none.
  if (!user.mustChangePassword && !(await throttles().take('passwordCheckPerAccount', user.id)))
    return { status: 'error', field: 'current', message: THROTTLED_MESSAGE };
  const result = await changeOwnPassword(user, parsed.data);
  if (!result.ok) return { status: 'error', field: 'current', message: 'That is not your current password.' };
  // A first-time change keeps this session; a voluntary one ended every session, this one included.
  // Not a server redirect: this request still holds the user as it was (must change password), so
  // rendering the next page within it would bounce straight back here.
  if (!user.mustChangePassword) return { status: 'changed', next: '/sign-in' };
  return { status: 'changed', next: user.role === 'TEACHER' ? '/teacher' : '/student' };
}
