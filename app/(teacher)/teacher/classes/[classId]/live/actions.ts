'use server';
import { notFound, redirect } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { getModule } from '@/lib/content/load';
import { startLiveSession } from '@/lib/dal/live';
import { startLiveScenario } from '@/lib/dal/live-scenario';
import { ZStartLive, ZStartLiveScenario } from '@/lib/live/live-schemas';
import type { ActionState } from '@/lib/action-state';

/**
 * Starts a live lesson from the chosen questions in the chosen order (order boxes; ties keep the
 * module's order), then opens the presenter. Bound to the class id by the page.
 */
export async function startLiveAction(
  boundClassId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const teacher = await requireTeacher('/teacher');
  const slug = form.get('moduleSlug');
  const quizModule = typeof slug === 'string' ? getModule(slug) : undefined;
  if (!quizModule) return { status: 'error', field: 'moduleSlug', message: 'Choose a module first.' };
  const chosen = new Set(form.getAll('questionId').filter((v): v is string => typeof v === 'string'));
  const positionOf = (id: string, index: number) => {
    const typed = Number(form.get(`order-${id}`));
    return Number.isFinite(typed) && typed > 0 ? typed : index + 1;
  };
  const questionIds = quizModule.questions
    .map((q, index) => ({ id: q.id, index, position: positionOf(q.id, index) }))
    .filter((q) => chosen.has(q.id))
    .sort((a, b) => a.position - b.position || a.index - b.index)
    .map((q) => q.id);
  if (questionIds.length === 0)
    return { status: 'error', field: 'questionId', message: 'Tick at least one question for the lesson.' };
  const parsed = ZStartLive.safeParse({ classId: boundClassId, moduleSlug: quizModule.id, questionIds });
  if (!parsed.success) notFound();
  const started = await startLiveSession(teacher, parsed.data);
  if (!started.ok && started.status === 404) notFound();
  if (!started.ok) return { status: 'error', field: 'moduleSlug', message: started.reason };
  redirect(`/teacher/live/${started.value.sessionId}`);
}

/** Starts a live lesson on a scenario (the class votes on each decision), then opens the presenter. */
export async function startLiveScenarioAction(
  boundClassId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionState> {
  const teacher = await requireTeacher('/teacher');
  const parsed = ZStartLiveScenario.safeParse({
    classId: boundClassId,
    scenarioSlug: form.get('scenarioSlug'),
  });
  if (!parsed.success) return { status: 'error', field: 'scenarioSlug', message: 'Choose a scenario first.' };
  const started = await startLiveScenario(teacher, parsed.data);
  if (!started.ok && started.reason === 'No such class.') notFound();
  if (!started.ok) return { status: 'error', field: 'scenarioSlug', message: started.reason };
  redirect(`/teacher/live/${started.value.sessionId}`);
}
