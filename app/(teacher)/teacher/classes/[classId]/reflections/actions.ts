'use server';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireTeacher } from '@/lib/auth/session';
import { MAX_COMMENT_LENGTH, saveRunComment } from '@/lib/dal/run-comments';
import type { ActionState } from '@/lib/action-state';

const ZId = z.string().min(1).max(64);
const ZComment = z.object({
  classId: ZId,
  runId: ZId,
  body: z.string().max(MAX_COMMENT_LENGTH, `Keep the comment to ${MAX_COMMENT_LENGTH} characters or fewer.`),
});

/** A private comment to one pupil on one run; bound to the class and run by the page. */
export async function saveRunCommentAction(
  classId: string,
  runId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const teacher = await requireTeacher(`/teacher/classes/${encodeURIComponent(classId)}/reflections`);
  const parsed = ZComment.safeParse({ classId, runId, body: form.get('body') ?? '' });
  if (!parsed.success)
    return { status: 'error', field: 'body', message: parsed.error.issues[0]?.message ?? 'Invalid comment.' };
  const saved = await saveRunComment(teacher, parsed.data.classId, parsed.data.runId, parsed.data.body);
  // Not this teacher's run (or the pupil left the class): the same 404 as every other class surface.
  if (!saved.ok) notFound();
  revalidatePath(`/teacher/classes/${parsed.data.classId}/reflections`);
  return {
    status: 'ok',
    message: saved.saved === 'saved' ? 'Comment saved. Only this pupil can see it.' : 'Comment removed.',
  };
}
