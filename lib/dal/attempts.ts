import 'server-only';
import { db } from '@/lib/db';
import { getModule, getQuestion, loadContent } from '@/lib/content/load';
import { toPublicQuestion } from '@/lib/content/public-question';
import { scoreAttempt } from '@/lib/quiz/attempt-score';
import type { TConfidence } from '@/lib/quiz/confidence';
import { gradeResponse } from '@/lib/quiz/grade';
import { ZResponse, type TResponse } from '@/lib/quiz/response-schema';
import { feedbackView } from './attempt-feedback';
import {
  canonicalAnswer,
  confidenceFromDb,
  confidenceToDb,
  isUniqueViolation,
  modeFromDb,
  modeToDb,
  parseStoredAnswer,
  questionOrderOf,
  stateFromDb,
} from './attempt-rows';
import { isPastDue, modeForAssignment, startRefusal } from '@/lib/assignment/attempt-rules';
import {
  accept,
  refuse,
  type TAnswerResult,
  type TAnswerView,
  type TAttemptMode,
  type TAttemptView,
  type TOutcome,
} from '@/lib/quiz/attempt-types';
import type { Tx } from './db-tx';
import { refreshMastery } from './mastery';
import { scheduleFromAnswers } from './review';
import type { SessionUser } from './users';

/**
 * Quiz attempts: start, resume, answer, move, submit. Every function takes the signed-in user and
 * touches only that student's attempts, so a foreign attempt id is indistinguishable from an
 * unknown one (404). Writes are compare-and-set on the attempt's `seq`: the browser sends the seq it
 * saw, the write bumps it, and a stale seq changes nothing (409). The attempt row is the lock.
 *
 * Assignment rules (the contract with the teacher workspace): the student must be enrolled in the
 * assignment's class, the quiz must be released, attempts are capped by maxAttempts (every started
 * attempt counts, abandoned ones included), and after dueAt nothing new is stored — an attempt
 * still in progress at the due date is closed as ABANDONED (scored on what was answered) the next
 * time anyone touches it.
 */

const ATTEMPT_COLUMNS = {
  id: true,
  studentId: true,
  moduleSlug: true,
  assignmentId: true,
  mode: true,
  state: true,
  seq: true,
  currentIndex: true,
  questionOrder: true,
  assignment: { select: { releaseAt: true, dueAt: true, maxAttempts: true, feedbackMode: true } },
} as const;

async function ownAttempt(student: SessionUser, attemptId: string) {
  return db().quizAttempt.findFirst({
    where: { id: attemptId, studentId: student.id },
    select: ATTEMPT_COLUMNS,
  });
}
type TAttemptRow = NonNullable<Awaited<ReturnType<typeof ownAttempt>>>;

/** The student's view of an assignment, only when they are enrolled in its (active) class. */
export function findStudentAssignment(student: SessionUser, assignmentId: string, slug: string) {
  return db().assignment.findFirst({
    where: {
      id: assignmentId,
      kind: 'QUIZ',
      contentSlug: slug,
      class: { archivedAt: null, enrollments: { some: { studentId: student.id } } },
    },
    select: { id: true, releaseAt: true, dueAt: true, maxAttempts: true, feedbackMode: true },
  });
}

/** Scores and closes an attempt still in progress; returns its responses, or false when it was not open (or the seq moved on). */
async function closeAttempt(
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
 * A closed test attempt's answers become evidence: they enter the review queue and mastery, in the
 * transaction that closed it. (Practice answers were counted as each was committed.)
 */
async function countClosedAnswers(
  tx: Tx,
  studentId: string,
  mode: string,
  responses: TClosedResponses,
  now: Date,
) {
  if (mode !== 'TEST' || responses.length === 0) return;
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

/** Closes the attempt as ABANDONED when its assignment is past due. True when it is (now) closed by that rule. */
async function closeIfOverdue(attempt: TAttemptRow, now: Date): Promise<boolean> {
  if (!attempt.assignment || !isPastDue(attempt.assignment, now)) return false;
  if (attempt.state !== 'IN_PROGRESS') return true;
  await db().$transaction(async (tx) => {
    const responses = await closeAttempt(tx, attempt, 'ABANDONED', now);
    if (responses) await countClosedAnswers(tx, attempt.studentId, attempt.mode, responses, now);
  });
  return true;
}

/**
 * For the teacher's board: closes every attempt on the teacher's own assignment that was still open
 * at the due date, so the board shows them as ABANDONED without waiting for the student to return.
 * Returns how many were closed; 0 for someone else's assignment or one not yet due.
 */
export async function abandonOverdueAttempts(
  teacher: SessionUser,
  assignmentId: string,
  now = new Date(),
): Promise<number> {
  const assignment = await db().assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: teacher.id } },
    select: { dueAt: true },
  });
  if (!assignment || !isPastDue(assignment, now)) return 0;
  const open = await db().quizAttempt.findMany({
    where: { assignmentId, state: 'IN_PROGRESS' },
    select: ATTEMPT_COLUMNS,
  });
  for (const attempt of open) await closeIfOverdue(attempt, now);
  return open.length;
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
  if (!getModule(slug)) return refuse(404, 'No such module.');
  const assignment = assignmentId ? await findStudentAssignment(student, assignmentId, slug) : null;
  if (assignmentId && !assignment) return refuse(404, 'No such assignment for you.');
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
  const refusal = startRefusal(assignment, attempts.length, now);
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
 * For an assignment the mode comes from the assignment, whatever was asked. Two tabs starting at
 * once may both insert; both then keep the earliest attempt and the other is removed (it has no
 * answers yet), and an insert past the attempt limit is removed the same way.
 */
export async function startAttempt(
  student: SessionUser,
  input: TStartInput,
  now = new Date(),
): Promise<TOutcome<{ attemptId: string }>> {
  const entry = await quizEntryFor(student, input.slug, input.assignmentId, now);
  if (!entry.ok) return entry;
  if (entry.value.kind === 'resume') return accept({ attemptId: entry.value.attemptId });
  if (entry.value.kind === 'closed') return refuse(403, entry.value.reason);
  const quizModule = getModule(input.slug);
  if (!quizModule) return refuse(404, 'No such module.');
  const mode = entry.value.mode ?? input.mode;
  const created = await db().quizAttempt.create({
    data: {
      studentId: student.id,
      moduleSlug: quizModule.id,
      assignmentId: input.assignmentId,
      contentVersion: quizModule.version,
      mode: modeToDb(mode),
      questionOrder: JSON.stringify(quizModule.questions.map((q) => q.id)),
    },
    select: { id: true },
  });
  const siblings = await db().quizAttempt.findMany({
    where: { studentId: student.id, moduleSlug: quizModule.id, assignmentId: input.assignmentId },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
    select: { id: true, state: true },
  });
  const firstOpen = siblings.find((s) => s.state === 'IN_PROGRESS');
  const position = siblings.findIndex((s) => s.id === created.id);
  const limit = entry.value.maxAttempts;
  const overLimit = limit !== null && position >= limit;
  if (overLimit || (firstOpen && firstOpen.id !== created.id)) {
    await db().quizAttempt.deleteMany({ where: { id: created.id, seq: 0 } });
    if (firstOpen && firstOpen.id !== created.id) return accept({ attemptId: firstOpen.id });
    return refuse(403, `You have used all ${limit} attempts for this quiz.`);
  }
  return accept({ attemptId: created.id });
}

function answerView(
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

/**
 * The attempt as the player shows it. Feedback is included only for committed practice answers;
 * test answers carry none while the attempt is open (the results page shows the review).
 */
export async function getAttemptView(
  student: SessionUser,
  attemptId: string,
  now = new Date(),
): Promise<TOutcome<TAttemptView>> {
  const found = await ownAttempt(student, attemptId);
  if (!found) return refuse(404, 'No such attempt.');
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

export type TAnswerInput = {
  questionId: string;
  seq: number;
  /** Straight from the client; validated and graded here. */
  response: unknown;
  confidence: TConfidence;
  timeSpentMs?: number | null;
};

const STALE = 'This quiz moved on in another tab or window. Reload to continue where it is.';
const CLOSED = 'This attempt is closed; no more answers can be saved.';

/**
 * Commits one answer. Grading happens here; the stored row records score, correctness and the
 * misconceptions shown. The same answer sent again (double click, retry, twenty at once) returns
 * the stored result and writes nothing. In practice mode an answer is final once committed; in
 * test mode it may be changed until the attempt is submitted.
 */
export async function submitAnswer(
  student: SessionUser,
  attemptId: string,
  input: TAnswerInput,
  now = new Date(),
): Promise<TOutcome<TAnswerResult>> {
  const attempt = await ownAttempt(student, attemptId);
  if (!attempt) return refuse(404, 'No such attempt.');
  const order = questionOrderOf(attempt);
  const index = order.indexOf(input.questionId);
  const located = index >= 0 ? getQuestion(input.questionId) : undefined;
  if (!located) return refuse(404, 'That question is not part of this attempt.');
  const grade = gradeResponse(located.question, input.response);
  if (!grade.ok) return refuse(400, grade.message);
  const response: TResponse = ZResponse.parse(input.response);
  const answer = canonicalAnswer(response);
  const confidence = confidenceToDb(input.confidence);

  if (await closeIfOverdue(attempt, now)) return refuse(409, CLOSED);
  if (attempt.state !== 'IN_PROGRESS') return refuse(409, CLOSED);

  const practice = attempt.mode === 'PRACTICE';
  const key = { attemptId_questionId: { attemptId, questionId: input.questionId } };
  const isSame = (row: { answer: string; confidence: string | null } | null) =>
    row !== null && row.answer === answer && row.confidence === confidence;
  /** The stored result of this same submission; the attempt is read after the response, so its seq includes the write. */
  const replay = async (row: {
    answer: string;
    confidence: string | null;
  }): Promise<TOutcome<TAnswerResult>> => {
    const current = await db().quizAttempt.findUnique({
      where: { id: attemptId },
      select: { seq: true, currentIndex: true },
    });
    const view = answerView(input.questionId, row, practice);
    return current && view
      ? accept({ seq: current.seq, currentIndex: current.currentIndex, answer: view })
      : refuse(409, STALE);
  };

  const existing = await db().quizResponse.findUnique({
    where: key,
    select: { answer: true, confidence: true },
  });
  if (existing && isSame(existing)) return replay(existing);
  if (practice && existing) return refuse(409, 'You have already answered this question.');
  if (input.seq !== attempt.seq) return refuse(409, STALE);

  const feedback = feedbackView(located.question, response, grade, loadContent());
  const row = {
    answer,
    score: grade.score,
    correct: grade.correct,
    confidence,
    misconceptions: JSON.stringify(feedback.misconceptions.map((m) => m.id)),
    timeSpentMs: input.timeSpentMs ?? null,
  };
  let written: { seq: number; currentIndex: number } | null;
  try {
    written = await db().$transaction(async (tx) => {
      // The compare-and-set on seq makes this the only writer for this step of the attempt.
      const claimed = await tx.quizAttempt.updateMany({
        where: { id: attemptId, seq: input.seq, state: 'IN_PROGRESS' },
        data: { seq: { increment: 1 }, currentIndex: index },
      });
      if (claimed.count === 0) return null;
      await tx.quizResponse.upsert({
        where: key,
        create: { attemptId, questionId: input.questionId, ...row },
        update: { ...row, answeredAt: now },
      });
      if (practice) {
        await scheduleFromAnswers(
          tx,
          student.id,
          [{ questionId: input.questionId, score: grade.score, confidence: input.confidence }],
          now,
        );
        await refreshMastery(tx, student.id, [located.question.topic]);
      }
      return { seq: input.seq + 1, currentIndex: index };
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    written = null;
  }
  if (!written) {
    // Lost the race: if the winner stored this same answer, its result is ours too.
    const stored = await db().quizResponse.findUnique({
      where: key,
      select: { answer: true, confidence: true },
    });
    return stored && isSame(stored) ? replay(stored) : refuse(409, STALE);
  }
  return accept({
    ...written,
    answer: {
      questionId: input.questionId,
      response,
      confidence: input.confidence,
      feedback: practice ? feedback : null,
    },
  });
}

/** Moves the student to another question (the question map, Next, Previous). */
export async function moveToQuestion(
  student: SessionUser,
  attemptId: string,
  input: { seq: number; index: number },
  now = new Date(),
): Promise<TOutcome<{ seq: number; currentIndex: number }>> {
  const attempt = await ownAttempt(student, attemptId);
  if (!attempt) return refuse(404, 'No such attempt.');
  if (input.index < 0 || input.index >= questionOrderOf(attempt).length)
    return refuse(400, 'There is no question at that position.');
  if ((await closeIfOverdue(attempt, now)) || attempt.state !== 'IN_PROGRESS') return refuse(409, CLOSED);
  // Already there: nothing to write, so a repeated click is harmless whatever seq it carries.
  if (attempt.currentIndex === input.index)
    return accept({ seq: attempt.seq, currentIndex: attempt.currentIndex });
  if (input.seq !== attempt.seq) return refuse(409, STALE);
  const claimed = await db().quizAttempt.updateMany({
    where: { id: attemptId, seq: input.seq, state: 'IN_PROGRESS' },
    data: { seq: { increment: 1 }, currentIndex: input.index },
  });
  if (claimed.count === 0) return refuse(409, STALE);
  return accept({ seq: input.seq + 1, currentIndex: input.index });
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
  if (!attempt) return refuse(404, 'No such attempt.');
  const done = { attemptId, state: 'SUBMITTED' as const, seq: input.seq + 1 };
  if (attempt.state === 'SUBMITTED' && attempt.seq === input.seq + 1) return accept(done);
  if ((await closeIfOverdue(attempt, now)) || attempt.state !== 'IN_PROGRESS') return refuse(409, CLOSED);
  if (input.seq !== attempt.seq) return refuse(409, STALE);
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
      : refuse(409, STALE);
  }
  return accept(done);
}
