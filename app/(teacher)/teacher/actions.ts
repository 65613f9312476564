'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireTeacher } from '@/lib/auth/session';
import { createClass } from '@/lib/dal/classes';
import { formatJoinCode } from '@/lib/join-code';
import type { ActionState } from '@/lib/action-state';

const ZClassName = z.object({
  name: z.string().trim().min(1, 'Give the class a name, e.g. “Year 11 History, set 2”.').max(80, 'Use at most 80 characters.'),
});

export async function createClassAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const teacher = await requireTeacher('/teacher');
  const parsed = ZClassName.safeParse({ name: form.get('name') });
  if (!parsed.success) return { status: 'error', field: 'name', message: parsed.error.issues[0]?.message ?? 'Invalid name.' };
  const created = await createClass(teacher, parsed.data.name);
  revalidatePath('/teacher');
  return { status: 'ok', message: `Class created. Its join code is ${formatJoinCode(created.joinCode ?? '')}.` };
}
