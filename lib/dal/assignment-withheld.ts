import 'server-only';
import { getQuestion } from '@/lib/content/load';
import { questionOrderOf } from '@/lib/quiz/stored-columns';
import type { Tx } from './db-tx';

/**
 * "Review only after the due date" (TEST_AFTER_DUE) is a promise to the teacher: until the due date
 * passes, nothing a pupil can see may reveal how a test went — no score, no correct answers, and no
 * review cards (a card for a question means "you got it wrong", and answering it shows the answer).
 * lib/assignment/attempt-rules#isReviewOpen is the rule for one attempt; these are the same rule as
 * database filters, for every list a pupil reads.
 */

/** Attempts whose review is still held back at `now`. */
export function withheldAttemptWhere(now: Date) {
  return { assignment: { is: { feedbackMode: 'TEST_AFTER_DUE', dueAt: { gt: now } } } };
}

/** Attempts a pupil's scores may count at `now`. */
export function reviewOpenAttemptWhere(now: Date) {
  return { NOT: withheldAttemptWhere(now) };
}

export type TWithheldRefs = { questionIds: string[]; termIds: string[] };

/**
 * The questions of the student's withheld attempts, and their glossary terms: review cards for them
 * stay out of the queue, the count and the review route until the review opens.
 */
export async function withheldReviewRefs(
  reader: Pick<Tx, 'quizAttempt'>,
  studentId: string,
  now: Date,
): Promise<TWithheldRefs> {
  const attempts = await reader.quizAttempt.findMany({
    where: { studentId, ...withheldAttemptWhere(now) },
    select: { questionOrder: true },
  });
  const questionIds = new Set<string>();
  const termIds = new Set<string>();
  for (const a of attempts) {
    for (const id of questionOrderOf(a)) {
      questionIds.add(id);
      for (const term of getQuestion(id)?.question.terms ?? []) termIds.add(term);
    }
  }
  return { questionIds: [...questionIds], termIds: [...termIds] };
}

/** A Prisma filter that leaves out review items for withheld questions and terms. */
export function notWithheldReviewWhere(refs: TWithheldRefs) {
  return {
    NOT: [
      { kind: 'QUESTION', refId: { in: refs.questionIds } },
      { kind: 'TERM', refId: { in: refs.termIds } },
    ],
  };
}
