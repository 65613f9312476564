'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { formError } from '@/lib/actions/form-error';
import { getModule } from '@/lib/content/load';
import { startLiveSession } from '@/lib/dal/live';
import { ZStartLive } from '@/lib/live/live-schemas';

/** The chosen questions in the chosen order (order boxes; ties keep the module's order). */
function chosenQuestions(moduleSlug: string | undefined, form: FormData): string[] {
  const quizModule = moduleSlug === undefined ? undefined : getModule(moduleSlug);
  if (!quizModule) return [];
  const chosen = new Set(form.getAll('questionId').filter((v): v is string => typeof v === 'string'));
  const positionOf = (id: string, index: number) => {
    const typed = Number(form.get(`order-${id}`));
    return Number.isFinite(typed) && typed > 0 ? typed : index + 1;
  };
  return quizModule.questions
    .map((q, index) => ({ id: q.id, index, position: positionOf(q.id, index) }))
    .filter((q) => chosen.has(q.id))
    .sort((a, b) => a.position - b.position || a.index - b.index)
    .map((q) => q.id);
}

const ZLiveForm = ZStartLive.extend({
  moduleSlug: z
    .string({ error: 'Choose a module first.' })
    .refine((slug) => getModule(slug) !== undefined, 'Choose a module first.'),
  // Named as the form's checkboxes, so the message lands on them.
  questionId: ZStartLive.shape.questionIds.min(1, 'Tick at least one question for the lesson.'),
}).omit({ questionIds: true });

/** Starts a live lesson, then opens the presenter. The form holds the class id. */
export const startLiveAction = serverAction({
  shape: { withState: true, payload: 'form' },
  read: ({ form }) => {
    const slug = form.get('moduleSlug');
    const moduleSlug = typeof slug === 'string' ? slug : undefined;
    return { moduleSlug, questionId: chosenQuestions(moduleSlug, form), classId: form.get('classId') };
  },
  schema: ZLiveForm,
  caller: 'teacher',
  returnTo: '/teacher',
  refused: formError(['moduleSlug', 'questionId'], ['classId']),
  run: async ({ classId, moduleSlug, questionId }, teacher) => {
    const started = await startLiveSession(teacher, { classId, moduleSlug, questionIds: questionId });
    if (!started.ok) return started;
    redirect(`/teacher/live/${started.value.sessionId}`);
  },
});
