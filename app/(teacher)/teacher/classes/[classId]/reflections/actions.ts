'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import { MAX_COMMENT_LENGTH, saveRunComment } from '@/lib/dal/run-comments';
import type { ActionState } from '@/lib/action-state';
import type { TRefusal } from '@/lib/outcome/refusal';

const ZId = z.string().min(1).max(64);
const ZComment = z.object({
  classId: ZId,
  runId: ZId,
  body: z.string().max(MAX_COMMENT_LENGTH, `Keep the comment to ${MAX_COMMENT_LENGTH} characters or fewer.`),
});

/** A private comment to one pupil on one run; the form holds the class and run ids. */
export const saveRunCommentAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({
    classId: form.get('classId'),
    runId: form.get('runId'),
    body: form.get('body') ?? '',
  }),
  schema: ZComment,
  caller: 'teacher',
  returnTo: ({ classId }) => `/teacher/classes/${encodeURIComponent(classId)}/reflections`,
  refused: formError(['body']),
  run: async ({ classId, runId, body }, teacher): Promise<ActionState | TRefusal> => {
    const saved = await saveRunComment(teacher, classId, runId, body);
    // Not this teacher's run (or the pupil left the class): the same 404 as every other class surface.
    if (!saved.ok) return saved;
    revalidatePath(`/teacher/classes/${classId}/reflections`);
    return {
      status: 'ok',
      message: saved.saved === 'saved' ? 'Comment saved. Only this pupil can see it.' : 'Comment removed.',
    };
  },
});
