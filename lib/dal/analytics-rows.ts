import 'server-only';
import { z } from 'zod';
import { getModule, getQuestion } from '@/lib/content/load';
import { correctAnswerOf } from '@/lib/quiz/correct-answer';
import { describeCorrect, describeResponse } from './attempt-describe';
import type { TQuestion } from '@/lib/content/question-schema';
import { ZResponse, type TResponse } from '@/lib/quiz/response-schema';
import type { OptionRow, ResponseRow } from '@/lib/analytics/rows';
import type { QuestionText } from '@/lib/export/assignment-csv';

/** Prisma rows → the plain rows of lib/analytics and lib/export (JSON text parsed, dates as ISO). */

const ZMisconceptionIds = z.array(z.string());

function parseJson<T>(text: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export interface StoredResponse {
  attemptId: string;
  questionId: string;
  answer: string;
  score: number;
  correct: boolean;
  confidence: string | null;
  misconceptions: string;
  timeSpentMs: number | null;
  answeredAt: Date;
}

function optionIdsOf(r: TResponse | null): string[] | undefined {
  if (!r) return undefined;
  if (r.type === 'single') return [r.optionId];
  if (r.type === 'multi') return r.optionIds;
  if (r.type === 'true-false') return [String(r.value)];
  return undefined;
}

/** Answers without options (ordering, matching, numeric) in the words the pupil saw, never as ids. */
function answerTextOf(r: TResponse | null, questionId: string): string | undefined {
  if (!r || r.type === 'single' || r.type === 'multi' || r.type === 'true-false') return undefined;
  const question = getQuestion(questionId)?.question;
  if (question && question.type === r.type) return describeResponse(question, r).join('; ');
  // The question left the content since: ids are all there is.
  if (r.type === 'ordering') return r.itemIds.join(' → ');
  if (r.type === 'matching')
    return Object.entries(r.matches)
      .map(([l, rr]) => `${l} = ${rr}`)
      .join('; ');
  return String(r.value);
}

export function responseRow(r: StoredResponse, studentId: string): ResponseRow {
  const answer = parseJson<TResponse | null>(r.answer, ZResponse, null);
  const text = answerTextOf(answer, r.questionId);
  return {
    studentId,
    attemptId: r.attemptId,
    questionId: r.questionId,
    ...(optionIdsOf(answer) ? { optionIds: optionIdsOf(answer) } : {}),
    ...(text !== undefined ? { answerText: text } : {}),
    misconceptionIds: parseJson(r.misconceptions, ZMisconceptionIds, []),
    score: r.score,
    correct: r.correct,
    confidence: r.confidence === 'SURE' ? 'sure' : r.confidence === 'NOT_SURE' ? 'not-sure' : null,
    answeredAt: r.answeredAt.toISOString(),
    timeSpentMs: r.timeSpentMs,
  };
}

function optionsOf(q: TQuestion): OptionRow[] {
  if (q.type === 'single' || q.type === 'multi')
    return q.options.map((o) => ({
      questionId: q.id,
      optionId: o.id,
      correct: o.correct,
      misconceptionIds: o.misconception ? [o.misconception] : [],
    }));
  if (q.type === 'true-false')
    return [true, false].map((v) => ({
      questionId: q.id,
      optionId: String(v),
      correct: q.answer === v,
      misconceptionIds: q.answer !== v && q.misconception ? [q.misconception] : [],
    }));
  return [];
}

/** The module's questions in quiz order, with options and display texts; empty for an unknown slug. */
export function moduleQuestions(slug: string) {
  const questions = getModule(slug)?.questions ?? [];
  return {
    questionIds: questions.map((q) => q.id),
    options: questions.flatMap(optionsOf),
    texts: questions.map((q): QuestionText => {
      const optionTexts: Record<string, string> =
        q.type === 'single' || q.type === 'multi'
          ? Object.fromEntries(q.options.map((o) => [o.id, o.text]))
          : q.type === 'true-false'
            ? { true: 'True', false: 'False' }
            : {};
      const correctAnswer = describeCorrect(correctAnswerOf(q)).join('; ');
      return { questionId: q.id, prompt: q.prompt, optionTexts, correctAnswer };
    }),
  };
}
