'use server';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireTeacher } from '@/lib/auth/session';
import { archiveClass, disableJoining, renameClass, restoreClass, rotateJoinCode } from '@/lib/dal/classes';
import { removeStudentFromClass, resetStudentPassword } from '@/lib/dal/roster';
import type { CardsState } from '@/lib/roster/sign-in-card';
import type { ActionState } from '@/lib/action-state';
import { ZClassName } from '../../class-schemas';
import { ZRecordId } from '@/lib/record-id';

const ZClassForm = z.object({ classId: ZRecordId });
const ZStudentForm = z.object({ classId: ZRecordId, studentId: ZRecordId });

function classPath(classId: string) {
  return `/teacher/classes/${classId}`;
}

function refresh(classId: string) {
  revalidatePath(classPath(classId));
  revalidatePath('/teacher');
}

async function classForm(form: FormData) {
  const teacher = await requireTeacher('/teacher');
  const parsed = ZClassForm.safeParse({ classId: form.get('classId') });
  if (!parsed.success) notFound();
  return { teacher, classId: parsed.data.classId };
}

/** Bound to the class id by the page, so the form itself has the one field. */
export async function renameClassAction(
  boundClassId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const teacher = await requireTeacher('/teacher');
  const id = ZRecordId.safeParse(boundClassId);
  if (!id.success) notFound();
  const classId = id.data;
  const parsed = ZClassName.safeParse({ name: form.get('name') });
  if (!parsed.success)
    return { status: 'error', field: 'name', message: parsed.error.issues[0]?.message ?? 'Invalid name.' };
  if (!(await renameClass(teacher, classId, parsed.data.name))) notFound();
  refresh(classId);
  return { status: 'ok', message: `Renamed to ${parsed.data.name}.` };
}

/** Button actions: the page re-renders with the new state, which says what happened. */
export async function rotateCodeAction(form: FormData): Promise<void> {
  const { teacher, classId } = await classForm(form);
  if (!(await rotateJoinCode(teacher, classId))) notFound();
  refresh(classId);
}

export async function disableJoiningAction(form: FormData): Promise<void> {
  const { teacher, classId } = await classForm(form);
  if (!(await disableJoining(teacher, classId))) notFound();
  refresh(classId);
}

export async function archiveClassAction(form: FormData): Promise<void> {
  const { teacher, classId } = await classForm(form);
  if (!(await archiveClass(teacher, classId))) notFound();
  refresh(classId);
}

export async function restoreClassAction(form: FormData): Promise<void> {
  const { teacher, classId } = await classForm(form);
  if (!(await restoreClass(teacher, classId))) notFound();
  refresh(classId);
}

export async function removeStudentAction(form: FormData): Promise<void> {
  const teacher = await requireTeacher('/teacher');
  const parsed = ZStudentForm.safeParse({ classId: form.get('classId'), studentId: form.get('studentId') });
  if (!parsed.success || !(await removeStudentFromClass(teacher, parsed.data.classId, parsed.data.studentId)))
    notFound();
  refresh(parsed.data.classId);
}

export async function resetPasswordAction(_prev: CardsState, form: FormData): Promise<CardsState> {
  const teacher = await requireTeacher('/teacher');
  const parsed = ZStudentForm.safeParse({ classId: form.get('classId'), studentId: form.get('studentId') });
  if (!parsed.success) notFound();
  const reset = await resetStudentPassword(teacher, parsed.data.classId, parsed.data.studentId);
  if (!reset.ok && reset.reason === 'not-found') notFound();
  if (!reset.ok)
    return {
      status: 'error',
      message: 'This student signed up for their own account, so only they can change its password.',
    };
  return { status: 'ok', cards: [reset.card] };
}
