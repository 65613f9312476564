import 'server-only';
import { db } from '@/lib/db';
import { getQuestion, loadContent } from '@/lib/content/load';
import { gradeResponse } from '@/lib/quiz/grade';
import { feedbackView } from './attempt-feedback';
import { confidenceFromDb, parseStoredAnswer } from '@/lib/quiz/stored-columns';
import type { TAnswerView } from '@/lib/quiz/attempt-types';
import type { SessionUser } from './users';

/**
 * Reading one student's own attempt, shared by the attempt modules (entry, answer, navigation,
 * close). Every read is scoped to the student, so a foreign attempt id is indistinguishable from an
 * unknown one (404).
 */

export const STALE = 'This quiz moved on in another tab or window. Reload to continue where it is.';
export const CLOSED = 'This attempt is closed; no more answers can be saved.';

export const ATTEMPT_COLUMNS = {
  id: true,
  studentId: true,
  moduleSlug: true,
  assignmentId: true,
  mode: true,
  state: true,
  seq: true,
  currentIndex: true,
  questionOrder: true,
  startedAt: true,
  assignment: {
    select: {
      releaseAt: true,
      dueAt: true,
      maxAttempts: true,
      feedbackMode: true,
      acceptLateWork: true,
      // Every pupil's override of the assignment; the attempt's own is picked by studentId.
      overrides: { select: { studentId: true, dueAt: true, extraAttempts: true } },
    },
  },
} as const;

export async function ownAttempt(student: SessionUser, attemptId: string) {
  return db().quizAttempt.findFirst({
    where: { id: attemptId, studentId: student.id },
    select: ATTEMPT_COLUMNS,
  });
}
export type TAttemptRow = NonNullable<Awaited<ReturnType<typeof ownAttempt>>>;

/** A stored answer as the player shows it; feedback only when asked for (committed practice answers). */
export function answerView(
  questionId: string,
  row: { answer: string; confidence: string | null },
  withFeedback: boolean,
): TAnswerView | null {
  const response = parseStoredAnswer(row.answer);
  const located = getQuestion(questionId);
  if (!response || !located) return null;
  const grade = withFeedback ? gradeResponse(located.question, response) : null;
  return {
    questionId,
    response,
    confidence: confidenceFromDb(row.confidence),
    feedback: grade?.ok ? feedbackView(located.question, response, grade, loadContent()) : null,
  };
}
