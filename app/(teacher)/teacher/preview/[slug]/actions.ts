'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import { assignFromPreview } from '@/lib/dal/assign-from-preview';
import type { ActionState } from '@/lib/action-state';
import type { TRefusal } from '@/lib/outcome/refusal';

const ZAssign = z.object({
  slug: z.string().min(1).max(100),
  classId: z.string().min(1, 'Choose a class.').max(64),
});

/**
 * "Assign from here": the module's quiz goes to the chosen class as practice with no due date, and
 * the teacher lands on that class's assignments to set dates if they want them. The form holds
 * the module's slug.
 */
export const assignFromPreviewAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => ({ slug: form.get('slug'), classId: form.get('classId') ?? '' }),
  schema: ZAssign,
  caller: 'teacher',
  returnTo: ({ slug }) => `/teacher/preview/${encodeURIComponent(slug)}`,
  refused: formError(['classId']),
  run: async ({ slug, classId }, teacher): Promise<ActionState | TRefusal> => {
    const outcome = await assignFromPreview(teacher, classId, slug);
    if (!outcome.ok) return outcome;
    redirect(`/teacher/classes/${classId}/assignments`);
  },
});
