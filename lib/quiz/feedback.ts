import type { TQuestion } from '@/lib/content/question-schema';
import { correctAnswerOf, type TCorrectAnswer } from '@/lib/quiz/correct-answer';
import type { TGraded } from '@/lib/quiz/grade-result';
import { matchCommonError } from '@/lib/quiz/graders/numeric';
import type { TResponse } from '@/lib/quiz/response-schema';

/**
 * What a student may see once an answer is committed (never before: the design keeps answer keys,
 * explanations and feedback on the server until then).
 *
 * Policy: the explanation, sources, as-of date and correct answer, plus feedback for what the
 * student actually chose — nothing about options they did not pick. Feedback on an unchosen
 * distractor answers a misunderstanding the student did not show, crowds out the one they did, and
 * gives away the reasoning a later review of the same question is meant to test. Misconception ids
 * come only from wrong choices, so teachers' misconception counts mean "this student showed it".
 */

/** One piece of feedback tied to what the student chose. */
export type TFeedbackNote = {
  /** The chosen option id, or the left id of a wrong match; null when about the answer as a whole. */
  about: string | null;
  /** Author's feedback text, when the content has one for this choice. */
  text: string | null;
  misconception: string | null;
};

export type TFeedback = {
  questionId: string;
  outcome: 'correct' | 'partial' | 'incorrect';
  score: number;
  explanation: string;
  sources: string[];
  asOf: string;
  notes: TFeedbackNote[];
  /** Distinct misconception ids among the notes, in note order. */
  misconceptions: string[];
  correctAnswer: TCorrectAnswer;
};

/**
 * Builds the post-commit feedback for a graded response. `response` and `grade` must come from
 * `gradeResponse` on this same question; a response of another type is a caller bug and throws.
 */
export function feedbackFor(question: TQuestion, response: TResponse, grade: TGraded): TFeedback {
  const notes = notesFor(question, response, grade.score);
  return {
    questionId: question.id,
    outcome: grade.correct ? 'correct' : grade.score > 0 ? 'partial' : 'incorrect',
    score: grade.score,
    explanation: question.explanation,
    sources: [...question.sources],
    asOf: question.asOf,
    notes,
    misconceptions: [...new Set(notes.flatMap((n) => (n.misconception ? [n.misconception] : [])))],
    correctAnswer: correctAnswerOf(question),
  };
}

function notesFor(question: TQuestion, response: TResponse, score: number): TFeedbackNote[] {
  const wrong = score < 1;
  if (question.type === 'single' && response.type === 'single') {
    return optionNotes(question.options, new Set([response.optionId]));
  }
  if (question.type === 'multi' && response.type === 'multi') {
    return optionNotes(question.options, new Set(response.optionIds));
  }
  if (question.type === 'true-false' && response.type === 'true-false') {
    return wrong
      ? [{ about: null, text: question.wrongFeedback, misconception: question.misconception ?? null }]
      : [];
  }
  if (question.type === 'ordering' && response.type === 'ordering') {
    // Ordering content carries one misconception for the whole sequence and no per-item feedback.
    return wrong && question.misconception
      ? [{ about: null, text: null, misconception: question.misconception }]
      : [];
  }
  if (question.type === 'matching' && response.type === 'matching') {
    const chosen = new Map(Object.entries(response.matches));
    return question.pairs
      .filter((p) => chosen.get(p.left.id) !== p.right.id && p.misconception)
      .map((p) => ({ about: p.left.id, text: null, misconception: p.misconception ?? null }));
  }
  if (question.type === 'numeric' && response.type === 'numeric') {
    if (!wrong) return [];
    const value = matchCommonError(question, response.value);
    const common = question.commonErrors.find((e) => e.value === value);
    return common
      ? [{ about: null, text: common.feedback, misconception: common.misconception ?? null }]
      : [{ about: null, text: question.wrongFeedback, misconception: null }];
  }
  throw new TypeError(
    `feedbackFor: a ${response.type} response does not answer ${question.type} question "${question.id}"`,
  );
}

type TOption = Extract<TQuestion, { type: 'single' | 'multi' }>['options'][number];

/** Chosen options in the question's order; a correct option may carry reinforcing feedback too. */
function optionNotes(options: readonly TOption[], chosen: ReadonlySet<string>): TFeedbackNote[] {
  return options
    .filter((o) => chosen.has(o.id))
    .map((o) => ({
      about: o.id,
      text: o.feedback ?? null,
      misconception: o.correct ? null : (o.misconception ?? null),
    }))
    .filter((n) => n.text !== null || n.misconception !== null);
}
