'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireTeacher } from '@/lib/auth/session';
import { assignFromPreview } from '@/lib/dal/assign-from-preview';
import type { ActionState } from '@/lib/action-state';

const ZAssign = z.object({
  slug: z.string().min(1).max(100),
  classId: z.string().min(1, 'Choose a class.').max(64),
});

/**
 * "Assign from here": the module's quiz goes to the chosen class as practice with no due date, and
 * the teacher lands on that class's assignments to set dates if they want them.
 */
export async function assignFromPreviewAction(
  slug: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const teacher = await requireTeacher(`/teacher/preview/${encodeURIComponent(slug)}`);
  const parsed = ZAssign.safeParse({ slug, classId: form.get('classId') ?? '' });
  if (!parsed.success)
    return {
      status: 'error',
      field: 'classId',
      message: parsed.error.issues[0]?.message ?? 'Choose a class.',
    };
  const outcome = await assignFromPreview(teacher, parsed.data.classId, parsed.data.slug);
  if (!outcome.ok)
    return {
      status: 'error',
      field: 'classId',
      message:
        outcome.reason === 'class'
          ? 'That class is not one of your current classes.'
          : 'That module has no quiz to assign.',
    };
  redirect(`/teacher/classes/${parsed.data.classId}/assignments`);
}
