'use server';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireTeacher } from '@/lib/auth/session';
import { setPupilOverride } from '@/lib/dal/assignment-overrides';
import { firstIssue, formText, type ActionState } from '@/lib/action-state';
import { ZRecordId } from '@/lib/record-id';
import { ZPupilTermsForm } from './pupil-terms-schema';

/** Bound to the class, pupil and assignment by the page: an extension and/or extra attempts for one pupil. */
export async function savePupilTermsAction(
  boundClassId: string,
  boundStudentId: string,
  boundAssignmentId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const teacher = await requireTeacher('/teacher');
  const ids = z
    .object({ classId: ZRecordId, studentId: ZRecordId, assignmentId: ZRecordId })
    .safeParse({ classId: boundClassId, studentId: boundStudentId, assignmentId: boundAssignmentId });
  if (!ids.success) notFound();
  const text = formText(form);
  const parsed = ZPupilTermsForm.safeParse({
    dueAt: text('dueAt'),
    extraAttempts: text('extraAttempts'),
    timeZone: text('timeZone'),
  });
  if (!parsed.success) return firstIssue(parsed.error.issues, 'dueAt');
  const { classId, studentId, assignmentId } = ids.data;
  const { dueAt, extraAttempts } = parsed.data;
  if (!(await setPupilOverride(teacher, assignmentId, studentId, { dueAt, extraAttempts }))) notFound();
  revalidatePath(`/teacher/classes/${classId}`, 'layout');
  return {
    status: 'ok',
    message:
      dueAt === null && extraAttempts === 0
        ? 'Saved: the class’s terms apply.'
        : 'Saved. The pupil sees it at once.',
  };
}
