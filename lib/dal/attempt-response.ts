import 'server-only';
import { loadContent } from '@/lib/content/load';
import type { TQuestion } from '@/lib/content/question-schema';
import type { TConfidence } from '@/lib/quiz/confidence';
import type { TGraded } from '@/lib/quiz/grade-result';
import type { TResponse } from '@/lib/quiz/response-schema';
import { canonicalAnswer, confidenceToDb } from '@/lib/quiz/stored-columns';
import { feedbackView } from './attempt-feedback';
import type { Tx } from './db-tx';

/**
 * The one way a graded answer becomes a student's response in an attempt, whether it came from
 * the quiz player or a live lesson: the same columns (score, correctness, the misconceptions the
 * answer revealed), one row per (attempt, question), a later answer replacing the earlier one.
 */

export type TGradedAnswer = {
  question: TQuestion;
  response: TResponse;
  grade: TGraded;
  confidence: TConfidence;
  timeSpentMs?: number | null;
};

/** The response columns of a graded answer, and the feedback the student is shown for it. */
export function gradedResponse({ question, response, grade, confidence, timeSpentMs }: TGradedAnswer) {
  const feedback = feedbackView(question, response, grade, loadContent());
  const row = {
    answer: canonicalAnswer(response),
    score: grade.score,
    correct: grade.correct,
    confidence: confidenceToDb(confidence),
    misconceptions: JSON.stringify(feedback.misconceptions.map((m) => m.id)),
    timeSpentMs: timeSpentMs ?? null,
  };
  return { row, feedback };
}

export type TResponseColumns = ReturnType<typeof gradedResponse>['row'];

/** Stores the attempt's response to the question inside the caller's transaction (replacing any earlier one). */
export async function storeResponse(
  tx: Tx,
  attemptId: string,
  questionId: string,
  row: TResponseColumns,
  now: Date,
): Promise<void> {
  await tx.quizResponse.upsert({
    where: { attemptId_questionId: { attemptId, questionId } },
    create: { attemptId, questionId, ...row, answeredAt: now },
    update: { ...row, answeredAt: now },
  });
}
