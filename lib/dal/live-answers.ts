import 'server-only';
import { db } from '@/lib/db';
import { getQuestion } from '@/lib/content/load';
import { acceptsAnswers } from '@/lib/live/controls';
import type { TConfidence } from '@/lib/quiz/confidence';
import { gradeResponse } from '@/lib/quiz/grade';
import { ZResponse } from '@/lib/quiz/response-schema';
import { gradedResponse, storeResponse } from './attempt-response';
import { isUniqueViolation } from './unique-violation';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { settled } from './live-idle';
import { LIVE_SESSION_COLUMNS, currentQuestionId, stateOf } from './live-rows';
import type { SessionUser } from './users';

/**
 * A student's side of a live lesson: joining and answering. Each live answer is a LiveVote (per
 * round, for the peer-instruction report) and the attempt's QuizResponse, stored by the same
 * attempt layer as any quiz answer. The response holds the latest vote: a second vote (after
 * discussion) replaces the first as the graded answer, as peer instruction grades it. Like a test
 * answer, it becomes evidence (review queue, mastery) once, when the lesson ends and closes the
 * attempt: votes may change until then, and each change must not count as another review.
 */

/** The session, only for a student enrolled in its class (ended first if it was left idle). */
export function findStudentLiveSession(student: SessionUser, sessionId: string, now = new Date()) {
  const read = () =>
    db().liveSession.findFirst({
      where: { id: sessionId, class: { archivedAt: null, enrollments: { some: { studentId: student.id } } } },
      select: LIVE_SESSION_COLUMNS,
    });
  return settled(read, now);
}

/** Running lessons in the student's classes, for "Live now — join" on their home page. */
export async function listJoinableLiveSessions(student: SessionUser, now = new Date()) {
  const read = () =>
    db().liveSession.findMany({
      where: {
        endedAt: null,
        class: { archivedAt: null, enrollments: { some: { studentId: student.id } } },
      },
      orderBy: { startedAt: 'desc' },
      select: { ...LIVE_SESSION_COLUMNS, class: { select: { name: true } } },
    });
  // A lesson left running is ended here, so it no longer shows as "Live now".
  const rows = await settled(read, now);
  return rows.map((r) => ({ id: r.id, contentSlug: r.contentSlug, className: r.class.name }));
}

/** The student's attempt for this lesson, created on first join (one per student per session). */
export async function joinLiveSession(
  student: SessionUser,
  sessionId: string,
  now = new Date(),
): Promise<TOutcome<{ attemptId: string }>> {
  const session = await findStudentLiveSession(student, sessionId, now);
  if (!session) return refuse('not-found', 'No such live lesson for you.');
  // A scenario lesson has no quiz attempt: the class's run is the teacher's, votes are LiveChoiceVotes.
  if (session.kind !== 'QUIZ') return refuse('conflict', 'This live lesson is a scenario: vote on its page.');
  const key = { liveSessionId_studentId: { liveSessionId: sessionId, studentId: student.id } };
  const existing = await db().quizAttempt.findUnique({ where: key, select: { id: true } });
  if (existing) return accept({ attemptId: existing.id });
  if (session.endedAt) return refuse('closed', 'This live lesson has ended.');
  try {
    const created = await db().quizAttempt.create({
      data: {
        studentId: student.id,
        moduleSlug: session.contentSlug,
        contentVersion: session.contentVersion,
        mode: 'LIVE',
        questionOrder: session.itemOrder,
        liveSessionId: sessionId,
      },
      select: { id: true },
    });
    return accept({ attemptId: created.id });
  } catch (err) {
    // Two tabs joining at once: the other insert won; use its attempt.
    if (!isUniqueViolation(err)) throw err;
    const winner = await db().quizAttempt.findUnique({ where: key, select: { id: true } });
    return winner ? accept({ attemptId: winner.id }) : refuse('conflict', 'Try joining again.');
  }
}

export type TLiveAnswerInput = {
  questionId: string;
  round: 1 | 2;
  response: unknown;
  confidence: TConfidence;
};

/**
 * Records the student's vote for the open question and round. A vote may be changed while the vote
 * is open; sending the same vote again writes nothing new. Refused (409) when the vote is closed,
 * paused, or the class has moved on — the phone then shows where the class is.
 */
export async function submitLiveAnswer(
  student: SessionUser,
  sessionId: string,
  input: TLiveAnswerInput,
  now = new Date(),
): Promise<TOutcome<{ questionId: string; round: 1 | 2 }>> {
  const session = await findStudentLiveSession(student, sessionId, now);
  if (!session) return refuse('not-found', 'No such live lesson for you.');
  const state = stateOf(session);
  if (currentQuestionId(session) !== input.questionId || state.round !== input.round)
    return refuse('stale', 'The class has moved on; showing the current question.');
  if (!acceptsAnswers(state))
    return refuse('closed', state.paused ? 'The lesson is paused.' : 'Voting on this question is closed.');
  const located = getQuestion(input.questionId);
  if (!located) return refuse('not-found', 'That question is not part of this lesson.');
  const grade = gradeResponse(located.question, input.response);
  if (!grade.ok) return refuse('invalid', grade.message);
  const { row } = gradedResponse({
    question: located.question,
    response: ZResponse.parse(input.response),
    grade,
    confidence: input.confidence,
  });
  const joined = await joinLiveSession(student, sessionId, now);
  if (!joined.ok) return joined;
  const attemptId = joined.value.attemptId;
  const done = accept({ questionId: input.questionId, round: input.round });

  const voteKey = {
    sessionId_studentId_questionId_round: {
      sessionId,
      studentId: student.id,
      questionId: input.questionId,
      round: input.round,
    },
  };
  const previous = await db().liveVote.findUnique({
    where: voteKey,
    select: { answer: true, confidence: true },
  });
  if (previous && previous.answer === row.answer && previous.confidence === row.confidence) return done;

  const scored = { answer: row.answer, score: row.score, correct: row.correct, confidence: row.confidence };
  try {
    await db().$transaction(async (tx) => {
      // A no-op update that holds only while this question's vote is open: it locks the session row
      // until the vote commits, so a close taken meanwhile waits for it, and a vote arriving after the
      // close finds the vote closed (on PostgreSQL a plain re-read could miss the close). The same
      // guard as a live scenario vote's (live-scenario-votes.ts).
      const open = await tx.liveSession.updateMany({
        where: {
          id: sessionId,
          phase: 'OPEN',
          paused: false,
          currentIndex: state.currentIndex,
          round: input.round,
        },
        data: { currentIndex: state.currentIndex },
      });
      if (open.count === 0) throw new VoteClosed();
      await tx.liveVote.upsert({
        where: voteKey,
        create: {
          sessionId,
          studentId: student.id,
          questionId: input.questionId,
          round: input.round,
          ...scored,
        },
        update: scored,
      });
      await storeResponse(tx, attemptId, input.questionId, row, now);
      await tx.quizAttempt.update({ where: { id: attemptId }, data: { seq: { increment: 1 } } });
    });
  } catch (err) {
    if (err instanceof VoteClosed) return refuse('closed', 'Voting on this question is closed.');
    if (!isUniqueViolation(err)) throw err;
    // Two identical requests raced; the winner stored it.
    const stored = await db().liveVote.findUnique({ where: voteKey, select: { answer: true } });
    if (!stored) throw err;
  }
  return done;
}

class VoteClosed extends Error {}
