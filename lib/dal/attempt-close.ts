import 'server-only';
import { db } from '@/lib/db';
import { getQuestion } from '@/lib/content/load';
import { scoreAttempt } from '@/lib/quiz/attempt-score';
import { CLOSED, STALE, ownAttempt, type TAttemptRow } from './attempt-read';
import { confidenceFromDb, questionOrderOf } from '@/lib/quiz/stored-columns';
import { answersOpenedDuring, isClosedForPupil, termsForPupil } from '@/lib/assignment/pupil-terms';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import type { Tx } from './db-tx';
import { refreshMastery } from './mastery';
import { scheduleFromAnswers } from './review';
import type { SessionUser } from './users';

/**
 * Closing an attempt: the student submits it, or its assignment's due date passes and it is
 * closed as ABANDONED (scored on what was answered) the next time anyone touches it. Closing is a
 * compare-and-set on the attempt row, so it happens once whoever gets there first.
 */

/** Scores and closes an attempt still in progress; returns its responses, or false when it was not open (or the seq moved on). */
export async function closeAttempt(
  tx: Tx,
  attempt: Pick<TAttemptRow, 'id' | 'seq' | 'questionOrder'>,
  state: 'SUBMITTED' | 'ABANDONED',
  now: Date,
) {
  const claimed = await tx.quizAttempt.updateMany({
    // Submitting must come from the screen the student saw (seq); the due date closes whatever the seq.
    where: { id: attempt.id, state: 'IN_PROGRESS', ...(state === 'SUBMITTED' ? { seq: attempt.seq } : {}) },
    data: { state, seq: { increment: 1 }, ...(state === 'SUBMITTED' ? { submittedAt: now } : {}) },
  });
  if (claimed.count === 0) return false;
  // Read after the claim: no answer can be written once the seq has moved on.
  const responses = await tx.quizResponse.findMany({
    where: { attemptId: attempt.id },
    select: { questionId: true, score: true, confidence: true },
  });
  const byId = new Map(responses.map((r) => [r.questionId, r.score]));
  const total = scoreAttempt(
    questionOrderOf(attempt).map((id) => ({
      questionId: id,
      topic: getQuestion(id)?.question.topic ?? 'unknown',
      score: byId.get(id) ?? null,
    })),
  );
  await tx.quizAttempt.update({
    where: { id: attempt.id },
    data: { score: total.score, maxScore: total.max },
  });
  return responses;
}
type TClosedResponses = Exclude<Awaited<ReturnType<typeof closeAttempt>>, false>;

/**
 * A closed test or live-lesson attempt's answers become evidence: they enter the review queue and
 * mastery, in the transaction that closed it. (Practice answers were counted as each was committed.)
 */
export async function countClosedAnswers(
  tx: Tx,
  studentId: string,
  mode: string,
  responses: TClosedResponses,
  now: Date,
) {
  if (mode === 'PRACTICE' || responses.length === 0) return;
  await scheduleFromAnswers(
    tx,
    studentId,
    responses.map((r) => ({ ...r, confidence: confidenceFromDb(r.confidence) })),
    now,
  );
  await refreshMastery(tx, studentId, topicsOf(responses.map((r) => r.questionId)));
}

const topicsOf = (questionIds: readonly string[]): string[] => [
  ...new Set(questionIds.flatMap((id) => getQuestion(id)?.question.topic ?? [])),
];

/** Another attempt of this pupil on this assignment that is finished, so its review is open to them. */
async function hasReviewableAttempt(attempt: TAttemptRow): Promise<boolean> {
  const other = await db().quizAttempt.findFirst({
    where: {
      studentId: attempt.studentId,
      assignmentId: attempt.assignmentId,
      id: { not: attempt.id },
      state: { not: 'IN_PROGRESS' },
    },
    select: { id: true },
  });
  return other !== null;
}

/**
 * Closes the attempt as ABANDONED once it may no longer be worked on: at the pupil's own due date
 * (an extension moves it), never while the assignment accepts late work; and, on a review-after-due
 * test, when the answers open while it is in progress and another attempt of the pupil's can now be
 * reviewed. True when it is (now) closed by these rules.
 */
export async function closeIfOverdue(attempt: TAttemptRow, now: Date): Promise<boolean> {
  const a = attempt.assignment;
  if (!a) return false;
  const terms = termsForPupil(
    a,
    a.overrides.find((o) => o.studentId === attempt.studentId),
  );
  const closed =
    isClosedForPupil(terms, now) ||
    (attempt.state === 'IN_PROGRESS' &&
      answersOpenedDuring(terms, attempt.startedAt, now) &&
      (await hasReviewableAttempt(attempt)));
  if (!closed) return false;
  if (attempt.state !== 'IN_PROGRESS') return true;
  await db().$transaction(async (tx) => {
    const responses = await closeAttempt(tx, attempt, 'ABANDONED', now);
    if (responses) await countClosedAnswers(tx, attempt.studentId, attempt.mode, responses, now);
  });
  return true;
}

/**
 * Submits the whole attempt: scores it on the server from the stored responses and closes it. A
 * repeat of the submission that closed it (same seq) gets the same answer; anything else after
 * closing is 409. In test mode this is when answers enter the review queue and mastery.
 */
export async function submitAttempt(
  student: SessionUser,
  attemptId: string,
  input: { seq: number },
  now = new Date(),
): Promise<TOutcome<{ attemptId: string; state: 'SUBMITTED'; seq: number }>> {
  const attempt = await ownAttempt(student, attemptId);
  if (!attempt) return refuse('not-found', 'No such attempt.');
  const done = { attemptId, state: 'SUBMITTED' as const, seq: input.seq + 1 };
  if (attempt.state === 'SUBMITTED' && attempt.seq === input.seq + 1) return accept(done);
  if ((await closeIfOverdue(attempt, now)) || attempt.state !== 'IN_PROGRESS')
    return refuse('closed', CLOSED);
  if (input.seq !== attempt.seq) return refuse('stale', STALE);
  const closed = await db().$transaction(async (tx) => {
    const responses = await closeAttempt(tx, { ...attempt, seq: input.seq }, 'SUBMITTED', now);
    if (responses) await countClosedAnswers(tx, student.id, attempt.mode, responses, now);
    return responses !== false;
  });
  if (!closed) {
    const current = await db().quizAttempt.findUnique({
      where: { id: attemptId },
      select: { state: true, seq: true },
    });
    return current?.state === 'SUBMITTED' && current.seq === input.seq + 1
      ? accept(done)
      : refuse('stale', STALE);
  }
  return accept(done);
}
