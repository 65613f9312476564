import 'server-only';
import { db } from '@/lib/db';
import { getQuestion, loadContent } from '@/lib/content/load';
import type { TConfidence } from '@/lib/quiz/confidence';
import { gradeResponse } from '@/lib/quiz/grade';
import { ZResponse, type TResponse } from '@/lib/quiz/response-schema';
import { closeIfOverdue } from './attempt-close';
import { feedbackView } from './attempt-feedback';
import { ATTEMPT_COLUMNS, CLOSED, STALE, answerView } from './attempt-read';
import { canonicalAnswer, confidenceToDb, questionOrderOf } from '@/lib/quiz/stored-columns';
import { isUniqueViolation } from './unique-violation';
import { type TAnswerResult } from '@/lib/quiz/attempt-types';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { masteryOn, storeMastery } from './mastery';
import { reviewCardsFor, scheduleFromAnswers } from './review';
import type { SessionUser } from './users';

export type TAnswerInput = {
  questionId: string;
  seq: number;
  /** Straight from the client; validated and graded here. */
  response: unknown;
  confidence: TConfidence;
  timeSpentMs?: number | null;
};

/**
 * Commits one answer. Grading happens here; the stored row records score, correctness and the
 * misconceptions shown. The same answer sent again (double click, retry, twenty at once) returns
 * the stored result and writes nothing. In practice mode an answer is final once committed; in
 * test mode it may be changed until the attempt is submitted. The write is a compare-and-set on the
 * attempt's seq: the browser sends the seq it saw, the write bumps it, and a stale seq changes
 * nothing (409). The attempt row is the lock.
 */
export async function submitAnswer(
  student: SessionUser,
  attemptId: string,
  input: TAnswerInput,
  now = new Date(),
): Promise<TOutcome<TAnswerResult>> {
  // One read: the attempt and this question's stored response, if any.
  const found = await db().quizAttempt.findFirst({
    where: { id: attemptId, studentId: student.id },
    select: {
      ...ATTEMPT_COLUMNS,
      responses: {
        where: { questionId: String(input.questionId) },
        select: { answer: true, confidence: true },
      },
    },
  });
  if (!found) return refuse('not-found', 'No such attempt.');
  const { responses: storedResponses, ...attempt } = found;
  const order = questionOrderOf(attempt);
  const index = order.indexOf(input.questionId);
  const located = index >= 0 ? getQuestion(input.questionId) : undefined;
  if (!located) return refuse('not-found', 'That question is not part of this attempt.');
  const grade = gradeResponse(located.question, input.response);
  if (!grade.ok) return refuse('invalid', grade.message);
  const response: TResponse = ZResponse.parse(input.response);
  const answer = canonicalAnswer(response);
  const confidence = confidenceToDb(input.confidence);

  if (await closeIfOverdue(attempt, now)) return refuse('closed', CLOSED);
  if (attempt.state !== 'IN_PROGRESS') return refuse('closed', CLOSED);

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
      : refuse('stale', STALE);
  };

  const existing = storedResponses[0] ?? null;
  if (existing && isSame(existing)) return replay(existing);
  if (practice && existing) return refuse('closed', 'You have already answered this question.');
  if (input.seq !== attempt.seq) return refuse('stale', STALE);

  const feedback = feedbackView(located.question, response, grade, loadContent());
  const row = {
    answer,
    score: grade.score,
    correct: grade.correct,
    confidence,
    misconceptions: JSON.stringify(feedback.misconceptions.map((m) => m.id)),
    timeSpentMs: input.timeSpentMs ?? null,
  };
  // Reads first, so the write transaction below holds only writes and stays short: the review cards
  // this answer may touch, and the topic's mastery with this answer added (practice answers are
  // final, so it is a new row). A concurrent answer by the same student on the same topic may be
  // missed by this level; the next answer on the topic recomputes it from every stored response.
  const evidence = { questionId: input.questionId, score: grade.score, confidence: input.confidence };
  const [cards, levels] = practice
    ? await Promise.all([
        reviewCardsFor(db(), student.id, [evidence]),
        masteryOn(
          db(),
          student.id,
          [located.question.topic],
          [{ ...evidence, topic: located.question.topic, answeredAt: now, attemptId }],
        ),
      ])
    : [[], []];
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
        create: { attemptId, questionId: input.questionId, ...row, answeredAt: now },
        update: { ...row, answeredAt: now },
      });
      if (practice) {
        await scheduleFromAnswers(tx, student.id, [evidence], now, cards);
        await storeMastery(tx, student.id, levels);
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
    return stored && isSame(stored) ? replay(stored) : refuse('stale', STALE);
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
