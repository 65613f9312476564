'use server';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import type { SessionUser } from '@/lib/dal/users';
import { archiveClass, disableJoining, renameClass, restoreClass, rotateJoinCode } from '@/lib/dal/classes';
import { removeStudentFromClass, resetStudentPassword } from '@/lib/dal/roster';
import type { CardsState } from '@/lib/roster/sign-in-card';
import type { ActionState } from '@/lib/action-state';
import { ZClassName } from '../../class-schemas';
import { ZRecordId } from '@/lib/record-id';
import type { Problem } from '@/lib/actions/guarded-action';
import type { TRefusal } from '@/lib/outcome/refusal';

const ZClassForm = z.object({ classId: ZRecordId });
const ZStudentForm = z.object({ classId: ZRecordId, studentId: ZRecordId });

function classPath(classId: string) {
  return `/teacher/classes/${classId}`;
}

function refresh(classId: string) {
  revalidatePath(classPath(classId));
  revalidatePath('/teacher');
}

/** A sign-in cards form's error: a record id that did not come from the page is a 404, as elsewhere. */
function cardsError(problem: Problem): CardsState {
  if (problem.field === 'classId' || problem.field === 'studentId') notFound();
  return { status: 'error', message: problem.message };
}

/** The form holds the class id beside the new name. */
export const renameClassAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({ classId: form.get('classId'), name: form.get('name') }),
  schema: ZClassName.extend(ZClassForm.shape),
  caller: 'teacher',
  returnTo: '/teacher',
  refused: formError(['name'], ['classId']),
  run: async ({ classId, name }, teacher): Promise<ActionState> => {
    if (!(await renameClass(teacher, classId, name))) notFound();
    refresh(classId);
    return { status: 'ok', message: `Renamed to ${name}.` };
  },
});

/** A button on the class page (the form holds the class id): the page re-renders with the new state. */
function classButton(change: (teacher: SessionUser, classId: string) => Promise<unknown>) {
  return serverAction({
    shape: { payload: 'form' },
    read: ({ form }) => ({ classId: form.get('classId') }),
    schema: ZClassForm,
    caller: 'teacher',
    returnTo: '/teacher',
    refused: () => notFound(),
    run: async ({ classId }, teacher) => {
      if (!(await change(teacher, classId))) notFound();
      refresh(classId);
    },
  });
}

export const rotateCodeAction = classButton(rotateJoinCode);
export const disableJoiningAction = classButton(disableJoining);
export const archiveClassAction = classButton(archiveClass);
export const restoreClassAction = classButton(restoreClass);

export const removeStudentAction = serverAction({
  shape: { payload: 'form' },
  read: ({ form }) => ({ classId: form.get('classId'), studentId: form.get('studentId') }),
  schema: ZStudentForm,
  caller: 'teacher',
  returnTo: '/teacher',
  refused: () => notFound(),
  run: async ({ classId, studentId }, teacher) => {
    if (!(await removeStudentFromClass(teacher, classId, studentId))) notFound();
    refresh(classId);
  },
});

export const resetPasswordAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({ classId: form.get('classId'), studentId: form.get('studentId') }),
  schema: ZStudentForm,
  caller: 'teacher',
  returnTo: '/teacher',
  refused: cardsError,
  run: async ({ classId, studentId }, teacher): Promise<CardsState | TRefusal> => {
    const reset = await resetStudentPassword(teacher, classId, studentId);
    return reset.ok ? { status: 'ok', cards: [reset.value] } : reset;
  },
});
