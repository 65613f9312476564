import 'server-only';
import { db } from '@/lib/db';
import { getModule, getQuestion } from '@/lib/content/load';
import { toPublicQuestion } from '@/lib/content/public-question';
import { closeIfOverdue } from './attempt-close';
import { ATTEMPT_COLUMNS, answerView, ownAttempt } from './attempt-read';
import { modeFromDb, modeToDb, questionOrderOf, stateFromDb } from '@/lib/quiz/stored-columns';
import { modeForAssignment, quizStartRefusal } from '@/lib/assignment/attempt-rules';
import { termsForPupil } from '@/lib/assignment/pupil-terms';
import { overrideOf } from './assignment-overrides';
import { type TAnswerView, type TAttemptMode, type TAttemptView } from '@/lib/quiz/attempt-types';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import type { SessionUser } from './users';
import { withSerializableRetry } from './db-tx';

/**
 * Entering a quiz: what the quiz page offers, starting an attempt, and resuming one (the player's
 * view of it). Every function takes the signed-in user and touches only that student's attempts.
 *
 * Assignment rules (the contract with the teacher workspace): the student must be enrolled in the
 * assignment's class, the quiz must be released, attempts are capped by maxAttempts (every started
 * attempt counts, abandoned ones included), and after dueAt nothing new is stored — an attempt
 * still in progress at the due date is closed as ABANDONED (scored on what was answered) the next
 * time anyone touches it. Due date and limit are the pupil's own (extension, extra attempts), and
 * an assignment that accepts late work lets attempts start and finish after it (marked late).
 */

/** The student's view of an assignment, only when they are enrolled in its (active) class. */
export async function findStudentAssignment(student: SessionUser, assignmentId: string, slug: string) {
  const found = await db().assignment.findFirst({
    where: {
      id: assignmentId,
      kind: 'QUIZ',
      contentSlug: slug,
      class: { archivedAt: null, enrollments: { some: { studentId: student.id } } },
    },
    select: {
      id: true,
      releaseAt: true,
      dueAt: true,
      maxAttempts: true,
      feedbackMode: true,
      acceptLateWork: true,
      overrides: overrideOf(student.id),
    },
  });
  if (!found) return null;
  const { overrides, ...assignment } = found;
  // The pupil's own terms: the quiz page, starting and the attempt limit all read these.
  return { ...assignment, ...termsForPupil(assignment, overrides[0]) };
}

export type TQuizEntry =
  | { kind: 'resume'; attemptId: string }
  | {
      kind: 'start';
      mode: TAttemptMode | null;
      attemptsUsed: number;
      maxAttempts: number | null;
      dueAt: Date | null;
    }
  | { kind: 'closed'; reason: string };

/**
 * What the quiz page should offer: resume the attempt in progress, start one (mode null: the
 * student chooses, self-study only), or a reason why not. Reads only, except that an overdue
 * attempt is closed on the way.
 */
export async function quizEntryFor(
  student: SessionUser,
  slug: string,
  assignmentId: string | null,
  now = new Date(),
): Promise<TOutcome<TQuizEntry>> {
  if (!getModule(slug)) return refuse('not-found', 'No such module.');
  const assignment = assignmentId ? await findStudentAssignment(student, assignmentId, slug) : null;
  if (assignmentId && !assignment) return refuse('not-found', 'No such assignment for you.');
  const attempts = await db().quizAttempt.findMany({
    where: { studentId: student.id, moduleSlug: slug, assignmentId: assignmentId ?? null },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
    select: ATTEMPT_COLUMNS,
  });
  for (const a of attempts.filter((a) => a.state === 'IN_PROGRESS')) {
    if (await closeIfOverdue(a, now)) continue;
    return accept({ kind: 'resume', attemptId: a.id });
  }
  if (!assignment)
    return accept({
      kind: 'start',
      mode: null,
      attemptsUsed: attempts.length,
      maxAttempts: null,
      dueAt: null,
    });
  const refusal = quizStartRefusal(assignment, attempts.length, now);
  if (refusal) return accept({ kind: 'closed', reason: refusal });
  return accept({
    kind: 'start',
    mode: modeForAssignment(assignment),
    attemptsUsed: attempts.length,
    maxAttempts: assignment.maxAttempts,
    dueAt: assignment.dueAt,
  });
}

export type TStartInput = { slug: string; mode: TAttemptMode; assignmentId: string | null };

/**
 * Starts an attempt, or returns the one already in progress for the same module and assignment.
 * For an assignment the mode comes from the assignment, whatever was asked. The check (an attempt
 * in progress, the attempt limit) and the insert share one serializable transaction, so two tabs
 * starting at once cannot both insert: the loser is retried and then resumes the winner's attempt.
 */
export async function startAttempt(
  student: SessionUser,
  input: TStartInput,
  now = new Date(),
): Promise<TOutcome<{ attemptId: string }>> {
  return withSerializableRetry(() => startAttemptOnce(student, input, now));
}

async function startAttemptOnce(
  student: SessionUser,
  input: TStartInput,
  now: Date,
): Promise<TOutcome<{ attemptId: string }>> {
  const entry = await quizEntryFor(student, input.slug, input.assignmentId, now);
  if (!entry.ok) return entry;
  if (entry.value.kind === 'resume') return accept({ attemptId: entry.value.attemptId });
  if (entry.value.kind === 'closed') return refuse('forbidden', entry.value.reason);
  const quizModule = getModule(input.slug);
  if (!quizModule) return refuse('not-found', 'No such module.');
  const mode = entry.value.mode ?? input.mode;
  const limit = entry.value.maxAttempts;
  return db().$transaction(
    async (tx): Promise<TOutcome<{ attemptId: string }>> => {
      const siblings = await tx.quizAttempt.findMany({
        where: { studentId: student.id, moduleSlug: quizModule.id, assignmentId: input.assignmentId },
        orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
        select: { id: true, state: true },
      });
      const open = siblings.find((s) => s.state === 'IN_PROGRESS');
      if (open) return accept({ attemptId: open.id });
      if (limit !== null && siblings.length >= limit)
        return refuse('forbidden', `You have used all ${limit} attempts for this quiz.`);
      const created = await tx.quizAttempt.create({
        data: {
          studentId: student.id,
          moduleSlug: quizModule.id,
          assignmentId: input.assignmentId,
          contentVersion: quizModule.version,
          mode: modeToDb(mode),
          questionOrder: JSON.stringify(quizModule.questions.map((q) => q.id)),
          // The same clock as every rule that reads it (due dates, when a test's answers open).
          startedAt: now,
        },
        select: { id: true },
      });
      return accept({ attemptId: created.id });
    },
    { isolationLevel: 'Serializable' },
  );
}

/**
 * The attempt as the player shows it (resuming where the student left it). Feedback is included
 * only for committed practice answers; test answers carry none while the attempt is open (the
 * results page shows the review).
 */
export async function getAttemptView(
  student: SessionUser,
  attemptId: string,
  now = new Date(),
): Promise<TOutcome<TAttemptView>> {
  const found = await ownAttempt(student, attemptId);
  if (!found) return refuse('not-found', 'No such attempt.');
  const attempt = (await closeIfOverdue(found, now))
    ? ((await ownAttempt(student, attemptId)) ?? found)
    : found;
  const quizModule = getModule(attempt.moduleSlug);
  const responses = await db().quizResponse.findMany({
    where: { attemptId },
    select: { questionId: true, answer: true, confidence: true },
  });
  const practice = attempt.mode === 'PRACTICE';
  const answers: Record<string, TAnswerView> = {};
  for (const r of responses) {
    const view = answerView(r.questionId, r, practice);
    if (view) answers[r.questionId] = view;
  }
  return accept({
    attemptId: attempt.id,
    moduleSlug: attempt.moduleSlug,
    moduleTitle: quizModule?.title ?? attempt.moduleSlug,
    mode: modeFromDb(attempt.mode),
    state: stateFromDb(attempt.state),
    seq: attempt.seq,
    currentIndex: attempt.currentIndex,
    questions: questionOrderOf(attempt).flatMap((id) => {
      const located = getQuestion(id);
      return located ? [toPublicQuestion(located.question)] : [];
    }),
    answers,
  });
}
