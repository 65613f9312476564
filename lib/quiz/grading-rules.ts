import type { TQuestionType } from '@/lib/content/question-schema';

/**
 * The grading rules in words, for an issue note, a teacher's "how is this scored?" panel, or a
 * student's results page. GRADING.md quotes these lines verbatim (a unit test keeps them in step)
 * and explains the choices; the code in graders/ is the authority.
 */
export const GRADING_RULES: Readonly<Record<TQuestionType, string>> = {
  single: 'Single choice: 1 for the correct option, 0 otherwise.',
  'true-false': 'True/false: 1 for the right value, 0 otherwise.',
  numeric: 'Numeric: 1 when the answer is within the tolerance (edges included), 0 otherwise.',
  multi:
    'Multiple select: share of correct options chosen minus share of distractors chosen, never below 0; ticking every box scores 0.',
  ordering:
    'Ordering: share of pairs of steps placed in the right order relative to each other; a reversed order scores 0.',
  matching: 'Matching: share of left items matched to their own right item.',
};

export const GRADING_GENERAL_RULES: readonly string[] = [
  'A score runs from 0 to 1; an answer is correct only when it scores exactly 1.',
  'An answer that is empty, repeats a choice, names something not in the question, leaves items out, is not a number, or belongs to another question type is rejected and earns nothing; the student is asked to fix it.',
];

/** The rules as a short markdown list. */
export function gradingRulesMarkdown(): string {
  return [...Object.values(GRADING_RULES), ...GRADING_GENERAL_RULES].map((line) => `- ${line}`).join('\n');
}
