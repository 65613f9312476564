'use server';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { THROTTLED_MESSAGE, requestAddress, throttles } from '@/lib/auth/throttles';
import { joinClassByCode } from '@/lib/dal/classes';
import type { ActionState } from '@/lib/action-state';

/** The "Join" button on an invite link's page: the same join as typing the code on the home page. */
export const joinFromLinkAction = serverAction({
  // The button's form holds the link's code.
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => form.get('code'),
  schema: z.string().trim().min(1).max(20),
  caller: 'user',
  returnTo: (code) => `/join/${encodeURIComponent(code)}`,
  refused: (): ActionState => ({ status: 'error', message: 'That link does not hold a class code.' }),
  run: async (code, student): Promise<ActionState> => {
    if (student.role !== 'STUDENT') return { status: 'error', message: 'Only students join classes.' };
    // The same limits as the home page's code box: an invite link is no way round them.
    const allowed =
      (await throttles().take('joinPerAccount', student.id)) &&
      (await throttles().take('joinPerAddress', await requestAddress()));
    if (!allowed) return { status: 'error', message: THROTTLED_MESSAGE };
    const joined = await joinClassByCode(student, code);
    if (!joined.ok)
      return {
        status: 'error',
        message: 'This link does not open a class any more. Ask your teacher for the current code.',
      };
    return {
      status: 'ok',
      message: joined.value.already
        ? `You are already in ${joined.value.className}.`
        : `You joined ${joined.value.className}.`,
    };
  },
});
