'use server';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import { setPupilOverride } from '@/lib/dal/assignment-overrides';
import { formText, type ActionState } from '@/lib/action-state';
import { ZRecordId } from '@/lib/record-id';
import { ZPupilTermsForm } from './pupil-terms-schema';

const IDS = ['classId', 'studentId', 'assignmentId'] as const;

/** An extension and/or extra attempts for one pupil on one assignment; the form holds the three ids. */
export const savePupilTermsAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => {
    const text = formText(form);
    return {
      ids: Object.fromEntries(IDS.map((id) => [id, form.get(id)])),
      terms: { dueAt: text('dueAt'), extraAttempts: text('extraAttempts'), timeZone: text('timeZone') },
    };
  },
  schema: z.object({
    ids: z.object({ classId: ZRecordId, studentId: ZRecordId, assignmentId: ZRecordId }),
    terms: ZPupilTermsForm,
  }),
  caller: 'teacher',
  returnTo: ({ ids }) =>
    `/teacher/classes/${encodeURIComponent(ids.classId)}/students/${encodeURIComponent(ids.studentId)}`,
  refused: formError(['dueAt', 'extraAttempts'], [...IDS]),
  run: async ({ ids, terms }, teacher): Promise<ActionState> => {
    const { dueAt, extraAttempts } = terms;
    if (!(await setPupilOverride(teacher, ids.assignmentId, ids.studentId, { dueAt, extraAttempts })))
      notFound();
    revalidatePath(`/teacher/classes/${ids.classId}`, 'layout');
    return {
      status: 'ok',
      message:
        dueAt === null && extraAttempts === 0
          ? 'Saved: the class’s terms apply.'
          : 'Saved. The pupil sees it at once.',
    };
  },
});
