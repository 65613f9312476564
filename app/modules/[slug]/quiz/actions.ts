'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { startAttempt } from '@/lib/dal/attempt-entry';
import { quizPath } from './quiz-path';

const ZStart = z.object({
  slug: z.string().min(1).max(100),
  mode: z.enum(['practice', 'test']).default('practice'),
  assignment: z.string().min(1).max(100).nullable().default(null),
});

/**
 * Starts (or resumes) an attempt and returns to the quiz page, which then shows the player. A
 * refusal (limit reached, not open, past due) also lands there: the page says why.
 */
export async function startQuizAction(form: FormData): Promise<void> {
  const parsed = ZStart.safeParse({
    slug: form.get('slug'),
    mode: form.get('mode') ?? undefined,
    assignment: form.get('assignment') || null,
  });
  if (!parsed.success) redirect('/modules');
  const { slug, mode, assignment } = parsed.data;
  const student = await requireUser(quizPath(slug, assignment));
  await startAttempt(student, { slug, mode, assignmentId: assignment });
  redirect(quizPath(slug, assignment));
}
