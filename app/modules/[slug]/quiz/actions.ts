'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { startAttempt } from '@/lib/dal/attempt-entry';
import { quizPath } from './quiz-path';
import { ZRecordId } from '@/lib/record-id';

const ZStart = z.object({
  slug: z.string().min(1).max(100),
  mode: z.enum(['practice', 'test']).default('practice'),
  assignment: ZRecordId.nullable().default(null),
});

/**
 * Starts (or resumes) an attempt and returns to the quiz page, which then shows the player. A
 * refusal (limit reached, not open, past due) also lands there: the page says why.
 */
export const startQuizAction = serverAction({
  shape: { payload: 'form' },
  read: ({ form }) => ({
    slug: form.get('slug'),
    mode: form.get('mode') ?? undefined,
    assignment: form.get('assignment') || null,
  }),
  schema: ZStart,
  caller: 'user',
  returnTo: ({ slug, assignment }) => quizPath(slug, assignment),
  refused: () => redirect('/modules'),
  run: async ({ slug, mode, assignment }, student) => {
    await startAttempt(student, { slug, mode, assignmentId: assignment });
    redirect(quizPath(slug, assignment));
  },
});
