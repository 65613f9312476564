import 'server-only';
import type { TQuestion } from '@/lib/content/question-schema';
import { parseSourceRef } from '@/lib/content/source-schema';
import type { TContent } from '@/lib/content/types';
import { feedbackFor } from '@/lib/quiz/feedback';
import type { TGraded } from '@/lib/quiz/grade-result';
import type { TResponse } from '@/lib/quiz/response-schema';
import type { TFeedbackView, TSourceView } from '@/lib/quiz/attempt-types';

type TLookups = Pick<TContent, 'sources' | 'misconceptions'>;

/**
 * The post-commit feedback with its citations and misconceptions resolved for display. Call only
 * once the answer is committed: it carries the explanation and the correct answer.
 */
export function feedbackView(
  question: TQuestion,
  response: TResponse,
  grade: TGraded,
  content: TLookups,
): TFeedbackView {
  const f = feedbackFor(question, response, grade);
  return {
    outcome: f.outcome,
    score: f.score,
    explanation: f.explanation,
    asOf: f.asOf,
    sources: sourcesView(question, content),
    notes: f.notes.flatMap((n) => (n.text ? [n.text] : [])),
    misconceptions: f.misconceptions.map((id) => {
      const m = content.misconceptions[id];
      return { id, statement: m?.statement ?? id, correction: m?.correction ?? '' };
    }),
    correctAnswer: f.correctAnswer,
  };
}

/** A question's citations resolved for display (safe to show only once the answer is committed). */
export function sourcesView(question: TQuestion, content: Pick<TContent, 'sources'>): TSourceView[] {
  return question.sources.map((ref) => {
    const { sourceId, locator } = parseSourceRef(ref);
    const source = content.sources[sourceId];
    return {
      ref,
      title: source?.title ?? sourceId,
      date: source?.date ?? question.asOf,
      summary: source?.locators[locator] ?? '',
    };
  });
}
