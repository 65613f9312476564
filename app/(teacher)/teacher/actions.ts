'use server';
import { revalidatePath } from 'next/cache';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import { createClass } from '@/lib/dal/classes';
import { formatJoinCode } from '@/lib/join-code';
import type { ActionState } from '@/lib/action-state';
import { ZClassName } from './class-schemas';

export const createClassAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({ name: form.get('name') }),
  schema: ZClassName,
  caller: 'teacher',
  returnTo: '/teacher',
  refused: formError(['name']),
  run: async ({ name }, teacher): Promise<ActionState> => {
    const created = await createClass(teacher, name);
    revalidatePath('/teacher');
    return {
      status: 'ok',
      message: `Class created. Its join code is ${formatJoinCode(created.joinCode ?? '')}.`,
    };
  },
});
