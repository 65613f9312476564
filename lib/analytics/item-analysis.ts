import { distractorFrequencies, type OptionFrequency } from '@/lib/analytics/distractor-frequencies';
import { orderIds } from '@/lib/analytics/id-order';
import { pointBiserial, upperLowerIndex, type ItemObservation } from '@/lib/analytics/item-discrimination';
import type { OptionRow, ResponseRow } from '@/lib/analytics/rows';
import { mean } from '@/lib/analytics/statistics';

export interface ItemAnalysis {
  questionId: string;
  /** Attempts that answered the question. */
  responseCount: number;
  /** Mean score (partial credit counts proportionally); null with no responses. */
  facility: number | null;
  /** Share of responses marked fully correct; equals facility for all-or-nothing items. */
  correctShare: number | null;
  /** Corrected point-biserial (see pointBiserial); null when undefined. */
  pointBiserial: number | null;
  /** Upper–lower 27% index (see upperLowerIndex); null when undefined. */
  upperLowerIndex: number | null;
  /** Empty for question types without options. */
  options: OptionFrequency[];
}

export interface AnalyseItemsInput {
  /**
   * The responses to analyse. Pass one attempt per student (e.g. firstSubmittedAttemptIds) when
   * students may retake, or a student who retakes weighs more than one who does not.
   */
  responses: readonly ResponseRow[];
  /** The content's options, for distractor frequencies and their misconception tags. */
  options?: readonly OptionRow[];
  /** Quiz order; questions nobody answered are listed too. Others follow, sorted. */
  questionIds?: readonly string[];
}

/**
 * Per-question statistics over attempts. An attempt's total is the sum of its response scores, so
 * a question left unanswered in a submitted attempt contributes 0 to that attempt's total.
 */
export function analyseItems({
  responses,
  options = [],
  questionIds = [],
}: AnalyseItemsInput): ItemAnalysis[] {
  const totals = new Map<string, number>();
  for (const r of responses) totals.set(r.attemptId, (totals.get(r.attemptId) ?? 0) + r.score);

  const byQuestion = new Map<string, ResponseRow[]>();
  for (const r of responses) {
    const list = byQuestion.get(r.questionId);
    if (list) list.push(r);
    else byQuestion.set(r.questionId, [r]);
  }

  return orderIds(questionIds, byQuestion.keys()).map((questionId) => {
    const answers = byQuestion.get(questionId) ?? [];
    const observations: ItemObservation[] = answers.map((r) => ({
      attemptId: r.attemptId,
      itemScore: r.score,
      restScore: roundAwayFloatNoise((totals.get(r.attemptId) ?? 0) - r.score),
    }));
    return {
      questionId,
      responseCount: answers.length,
      facility: mean(answers.map((r) => r.score)),
      correctShare: mean(answers.map((r) => (r.correct ? 1 : 0))),
      pointBiserial: pointBiserial(observations),
      upperLowerIndex: upperLowerIndex(observations),
      options: distractorFrequencies(questionId, answers, options),
    };
  });
}

/**
 * Sums of fractional scores pick up float noise (0.1 + 0.2 − 0.2 ≠ 0.1), which would make equal rest
 * scores look different and turn an undefined correlation into a spurious one. Scores are fractions
 * such as 1/3, so nine decimals keep every real difference.
 */
function roundAwayFloatNoise(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
