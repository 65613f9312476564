'use server';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireTeacher } from '@/lib/auth/session';
import { createAssignment, deleteAssignment, updateAssignmentSettings } from '@/lib/dal/assignments';
import { firstIssue, formText, type ActionState } from '@/lib/action-state';
import { ZAssignmentForm, ZAssignmentSettingsForm } from './assignment-schema';
import { ZRecordId } from '@/lib/record-id';

/** Bound to the class id by the page. */
export async function createAssignmentAction(
  boundClassId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const teacher = await requireTeacher('/teacher');
  const classId = ZRecordId.safeParse(boundClassId);
  if (!classId.success) notFound();
  const field = formText(form);
  const parsed = ZAssignmentForm.safeParse({
    content: field('content'),
    releaseAt: field('releaseAt'),
    dueAt: field('dueAt'),
    maxAttempts: field('maxAttempts'),
    feedbackMode: field('feedbackMode'),
    timeZone: field('timeZone'),
    acceptLateWork: field('acceptLateWork'),
  });
  if (!parsed.success) return firstIssue(parsed.error.issues, 'content');
  const created = await createAssignment(teacher, classId.data, parsed.data);
  if (!created.ok && created.reason === 'class') notFound();
  if (!created.ok)
    return { status: 'error', field: 'content', message: 'That module or scenario does not exist any more.' };
  revalidatePath(`/teacher/classes/${classId.data}`, 'layout');
  return { status: 'ok', message: 'Assigned. Students see it on their home page from the release date.' };
}

export async function deleteAssignmentAction(form: FormData): Promise<void> {
  const teacher = await requireTeacher('/teacher');
  const parsed = z
    .object({ classId: ZRecordId, assignmentId: ZRecordId })
    .safeParse({ classId: form.get('classId'), assignmentId: form.get('assignmentId') });
  if (!parsed.success || !(await deleteAssignment(teacher, parsed.data.assignmentId))) notFound();
  revalidatePath(`/teacher/classes/${parsed.data.classId}`, 'layout');
}

/** Bound to the class and assignment ids by the edit page. */
export async function editAssignmentAction(
  boundClassId: string,
  boundAssignmentId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const teacher = await requireTeacher('/teacher');
  const ids = z.object({ classId: ZRecordId, assignmentId: ZRecordId }).safeParse({
    classId: boundClassId,
    assignmentId: boundAssignmentId,
  });
  if (!ids.success) notFound();
  const field = formText(form);
  const parsed = ZAssignmentSettingsForm.safeParse({
    releaseAt: field('releaseAt'),
    dueAt: field('dueAt'),
    maxAttempts: field('maxAttempts'),
    feedbackMode: field('feedbackMode'),
    timeZone: field('timeZone'),
    acceptLateWork: field('acceptLateWork'),
  });
  if (!parsed.success) return firstIssue(parsed.error.issues, 'dueAt');
  if (!(await updateAssignmentSettings(teacher, ids.data.assignmentId, parsed.data))) notFound();
  revalidatePath(`/teacher/classes/${ids.data.classId}`, 'layout');
  return { status: 'ok', message: 'Saved. Students see the new settings at once.' };
}
