import { refuse, type TRefusal, type TRefusalKind } from '@/lib/outcome/refusal';

/**
 * When a student may start work on an assignment: the one rule for quizzes and scenarios, the
 * student home and the server alike (the quiz page words it with `quizStartRefusal`):
 * - not before releaseAt;
 * - not at or after dueAt, unless the assignment accepts late work (then it is marked late);
 * - not once maxAttempts attempts or runs have been started;
 * - not again once "review only after the due date" has opened: a pupil who has taken the test may
 *   have read its answers, so late work then lets only those who have not taken it start.
 * For one pupil, dueAt and maxAttempts are theirs (extension, extra attempts): see pupil-terms.ts.
 */
export type StartRefusal = 'not-released' | 'past-due' | 'no-attempts-left' | 'answers-shown';

export interface AssignmentLimits {
  releaseAt: Date | null;
  dueAt: Date | null;
  maxAttempts: number | null;
  /** Absent means no: assignments made before the switch refuse late starts as they always did. */
  acceptLateWork?: boolean;
  /**
   * When the answers of a "review only after the due date" test become visible to the class (its
   * due date, not one pupil's extension); null for every other kind of work.
   */
  reviewOpensAt?: Date | null;
}

/** The moment a test's answers open to the class, for `AssignmentLimits.reviewOpensAt`. */
export function reviewOpensAt(a: { feedbackMode?: string; dueAt: Date | null }): Date | null {
  return a.feedbackMode === 'TEST_AFTER_DUE' ? a.dueAt : null;
}

export function startRefusal(limits: AssignmentLimits, startedCount: number, now: Date): StartRefusal | null {
  if (limits.releaseAt && now < limits.releaseAt) return 'not-released';
  if (limits.dueAt && now >= limits.dueAt && !limits.acceptLateWork) return 'past-due';
  if (limits.reviewOpensAt && now >= limits.reviewOpensAt && startedCount > 0) return 'answers-shown';
  if (limits.maxAttempts !== null && startedCount >= limits.maxAttempts) return 'no-attempts-left';
  return null;
}

export const REFUSAL_MESSAGE: Record<StartRefusal, string> = {
  'not-released': 'This assignment is not open yet.',
  'past-due': 'The due date has passed, so no new attempt can be started.',
  'no-attempts-left': 'You have used all your attempts.',
  'answers-shown': 'The answers are open now, so no new attempt can be started.',
};

/** Each reason a start is refused, as the data layer's refusal kind. */
const START_REFUSAL_KIND: Record<StartRefusal, TRefusalKind> = {
  'not-released': 'forbidden',
  'past-due': 'closed',
  'no-attempts-left': 'limit-reached',
  'answers-shown': 'closed',
};

/** A refused start as the data layer answers it: its kind and the sentence the student reads. */
export function startRefusalOutcome(refusal: StartRefusal): TRefusal {
  return refuse(START_REFUSAL_KIND[refusal], REFUSAL_MESSAGE[refusal]);
}

/** Feedback modes as stored; TEST_AFTER_DUE shows answers only once the due date has passed. */
export const FEEDBACK_MODES = ['PRACTICE', 'TEST', 'TEST_AFTER_DUE'] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

export const FEEDBACK_MODE_LABEL: Record<FeedbackMode, string> = {
  PRACTICE: 'Practice — feedback after each answer',
  TEST: 'Test — review after submitting',
  TEST_AFTER_DUE: 'Test — review only after the due date',
};
