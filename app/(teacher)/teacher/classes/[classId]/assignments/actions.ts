'use server';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import { createAssignment, deleteAssignment, updateAssignmentSettings } from '@/lib/dal/assignments';
import type { ActionState } from '@/lib/action-state';
import type { TRefusal } from '@/lib/outcome/refusal';
import { ZAssignmentForm, ZAssignmentSettingsForm } from './assignment-schema';
import { ZRecordId } from '@/lib/record-id';

const SETTINGS_FIELDS = [
  'releaseAt',
  'dueAt',
  'maxAttempts',
  'feedbackMode',
  'timeZone',
  'acceptLateWork',
] as const;

/** The form's text fields by name; a missing or non-text field reads as empty, as the schema expects. */
function textFields<const N extends string>(form: FormData, names: readonly N[]): Record<N, string> {
  const read = (name: N) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  return Object.fromEntries(names.map((name) => [name, read(name)])) as Record<N, string>;
}

/** The form holds the class id beside the assignment's settings. */
export const createAssignmentAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({
    classId: form.get('classId'),
    settings: textFields(form, ['content', ...SETTINGS_FIELDS]),
  }),
  schema: z.object({ classId: ZRecordId, settings: ZAssignmentForm }),
  caller: 'teacher',
  returnTo: '/teacher',
  refused: formError(['content', ...SETTINGS_FIELDS], ['classId']),
  run: async ({ classId, settings }, teacher): Promise<ActionState | TRefusal> => {
    // No such class: the page's 404; the content gone: its message on the content field.
    const created = await createAssignment(teacher, classId, settings);
    if (!created.ok) return created;
    revalidatePath(`/teacher/classes/${classId}`, 'layout');
    return { status: 'ok', message: 'Assigned. Students see it on their home page from the release date.' };
  },
});

const ZAssignmentIds = z.object({ classId: ZRecordId, assignmentId: ZRecordId });

export const deleteAssignmentAction = serverAction({
  shape: { payload: 'form' },
  read: ({ form }) => ({ classId: form.get('classId'), assignmentId: form.get('assignmentId') }),
  schema: ZAssignmentIds,
  caller: 'teacher',
  returnTo: '/teacher',
  refused: () => notFound(),
  run: async ({ classId, assignmentId }, teacher) => {
    if (!(await deleteAssignment(teacher, assignmentId))) notFound();
    revalidatePath(`/teacher/classes/${classId}`, 'layout');
  },
});

/** The edit form holds the class and assignment ids beside the settings. */
export const editAssignmentAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({
    classId: form.get('classId'),
    assignmentId: form.get('assignmentId'),
    settings: textFields(form, SETTINGS_FIELDS),
  }),
  schema: ZAssignmentIds.extend({ settings: ZAssignmentSettingsForm }),
  caller: 'teacher',
  returnTo: '/teacher',
  refused: formError(['dueAt', ...SETTINGS_FIELDS], ['classId', 'assignmentId']),
  run: async ({ classId, assignmentId, settings }, teacher): Promise<ActionState> => {
    if (!(await updateAssignmentSettings(teacher, assignmentId, settings))) notFound();
    revalidatePath(`/teacher/classes/${classId}`, 'layout');
    return { status: 'ok', message: 'Saved. Students see the new settings at once.' };
  },
});
