'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import { THROTTLED_MESSAGE, requestAddress, throttles } from '@/lib/auth/throttles';
import { joinClassByCode } from '@/lib/dal/classes';
import type { ActionState } from '@/lib/action-state';

const ZJoin = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Type the code your teacher gave you.')
    .max(20, 'That is too long for a join code.'),
});

export const joinClassAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({ code: form.get('code') }),
  schema: ZJoin,
  caller: 'user',
  returnTo: '/student',
  refused: formError(['code']),
  run: async ({ code }, student): Promise<ActionState> => {
    if (student.role !== 'STUDENT')
      return { status: 'error', field: 'code', message: 'Only students join classes.' };
    // Join codes are secrets: guesses are limited per account and per address before any lookup.
    const allowed =
      (await throttles().take('joinPerAccount', student.id)) &&
      (await throttles().take('joinPerAddress', await requestAddress()));
    if (!allowed) return { status: 'error', field: 'code', message: THROTTLED_MESSAGE };
    const joined = await joinClassByCode(student, code);
    if (!joined.ok)
      return {
        status: 'error',
        field: 'code',
        message: 'That code does not open a class. Check it with your teacher — codes look like ABCD-2345.',
      };
    revalidatePath('/student');
    return {
      status: 'ok',
      message: joined.value.already
        ? `You are already in ${joined.value.className}.`
        : `You joined ${joined.value.className}.`,
    };
  },
});
