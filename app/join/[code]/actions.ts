'use server';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { THROTTLED_MESSAGE, requestAddress, throttles } from '@/lib/auth/throttles';
import { joinClassByCode } from '@/lib/dal/classes';
import type { ActionState } from '@/lib/action-state';

const ZCode = z.string().trim().min(1).max(20);

/** The "Join" button on an invite link's page: the same join as typing the code on the home page. */
export async function joinFromLinkAction(code: string): Promise<ActionState> {
  const parsed = ZCode.safeParse(code);
  const student = await requireUser(parsed.success ? `/join/${encodeURIComponent(parsed.data)}` : '/student');
  if (student.role !== 'STUDENT') return { status: 'error', message: 'Only students join classes.' };
  if (!parsed.success) return { status: 'error', message: 'That link does not hold a class code.' };
  // The same limits as the home page's code box: an invite link is no way round them.
  const allowed =
    (await throttles().take('joinPerAccount', student.id)) &&
    (await throttles().take('joinPerAddress', await requestAddress()));
  if (!allowed) return { status: 'error', message: THROTTLED_MESSAGE };
  const joined = await joinClassByCode(student, parsed.data);
  if (!joined.ok)
    return {
      status: 'error',
      message: 'This link does not open a class any more. Ask your teacher for the current code.',
    };
  return {
    status: 'ok',
    message: joined.already ? `You are already in ${joined.className}.` : `You joined ${joined.className}.`,
  };
}
