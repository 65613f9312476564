import type { TAttemptMode } from '@/lib/quiz/attempt-types';
import { startRefusal, type AssignmentLimits, type StartRefusal } from '@/lib/assignment/assignment-rules';

/**
 * The assignment rules the server enforces, as pure functions over the assignment's columns so they
 * are unit-testable and read the same in every handler.
 */

export type TAssignmentRules = {
  releaseAt: Date | null;
  dueAt: Date | null;
  maxAttempts: number | null;
  /** "PRACTICE", "TEST" or "TEST_AFTER_DUE". */
  feedbackMode: string;
};

/** PRACTICE → practice; TEST and TEST_AFTER_DUE → test (no feedback until the attempt is submitted). */
export function modeForAssignment(a: Pick<TAssignmentRules, 'feedbackMode'>): TAttemptMode {
  return a.feedbackMode === 'PRACTICE' ? 'practice' : 'test';
}

/** After the due date no attempt may start and no answer may be stored. */
export function isPastDue(a: Pick<TAssignmentRules, 'dueAt'>, now: Date): boolean {
  return a.dueAt !== null && now.getTime() >= a.dueAt.getTime();
}

/** For TEST_AFTER_DUE the review (answers, explanations, score) opens only once the due date passes. */
export function isReviewOpen(a: Pick<TAssignmentRules, 'feedbackMode' | 'dueAt'> | null, now: Date): boolean {
  if (!a || a.feedbackMode !== 'TEST_AFTER_DUE') return true;
  return isPastDue(a, now);
}

const QUIZ_REFUSAL_TEXT: Record<StartRefusal, (maxAttempts: number | null) => string> = {
  'not-released': () => 'This quiz is not open yet.',
  'past-due': () => 'The due date for this quiz has passed.',
  'no-attempts-left': (max) =>
    `You have used all ${max} ${max === 1 ? 'attempt' : 'attempts'} for this quiz.`,
  'answers-shown': () => 'The answers to this quiz are open now, so it cannot be taken again.',
};

/** Why a new quiz attempt may not start now (the one rule, `startRefusal`, in the quiz page's words), or null. */
export function quizStartRefusal(
  a: TAssignmentRules & AssignmentLimits,
  attemptsUsed: number,
  now: Date,
): string | null {
  const refusal = startRefusal(a, attemptsUsed, now);
  return refusal ? QUIZ_REFUSAL_TEXT[refusal](a.maxAttempts) : null;
}
