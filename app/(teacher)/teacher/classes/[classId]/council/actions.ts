'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import { openCouncil } from '@/lib/dal/council';
import { ZRecordId } from '@/lib/record-id';

/** Opens a council for the class (seats dealt automatically, the teacher chairs), then the presenter. */
export const openCouncilAction = serverAction({
  shape: { bound: 1, withState: true, payload: 'form' },
  read: ({ ids }) => ({ classId: ids[0] }),
  schema: z.object({ classId: ZRecordId }),
  caller: 'teacher',
  returnTo: (input) => `/teacher/classes/${input.classId}/council`,
  refused: formError(['council'], ['classId']),
  run: async ({ classId }, teacher) => {
    const opened = await openCouncil(teacher, classId);
    if (!opened.ok) return opened;
    redirect(`/teacher/council/${opened.value.sessionId}`);
  },
});
