'use server';
import { revalidatePath } from 'next/cache';
import { requireTeacher } from '@/lib/auth/session';
import { createClass } from '@/lib/dal/classes';
import { formatJoinCode } from '@/lib/join-code';
import type { ActionState } from '@/lib/action-state';
import { ZClassName } from './class-schemas';

export async function createClassAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const teacher = await requireTeacher('/teacher');
  const parsed = ZClassName.safeParse({ name: form.get('name') });
  if (!parsed.success)
    return { status: 'error', field: 'name', message: parsed.error.issues[0]?.message ?? 'Invalid name.' };
  const created = await createClass(teacher, parsed.data.name);
  revalidatePath('/teacher');
  return {
    status: 'ok',
    message: `Class created. Its join code is ${formatJoinCode(created.joinCode ?? '')}.`,
  };
}
