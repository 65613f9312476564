/**
 * Sums one attempt: every question in the attempt is worth 1 point, so an unanswered question
 * counts towards the maximum with 0 — a student who skips half the quiz cannot score 100%.
 */

export type TAttemptItem = {
  questionId: string;
  topic: string;
  /** The graded score (0..1), or null when the student did not answer this question. */
  score: number | null;
};

export type TTopicScore = { topic: string; answered: number; score: number; max: number };

export type TAttemptScore = {
  score: number;
  max: number;
  answered: number;
  /** 0..100, rounded down to one decimal so that 100 means every point was earned. */
  percent: number;
  /** In order of each topic's first question in the attempt. */
  topics: TTopicScore[];
};

/** Sums of fractional scores pick up float noise (0.1 + 0.2); six decimals is more than any screen shows. */
const roundSum = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Scores come from the grader, but a bad row must never add credit: NaN and out-of-range are clamped. */
const safeScore = (score: number): number => (Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0);

/**
 * `items` holds one entry per question in the attempt (answered or not). The database keeps one
 * response per question and attempt; if a question id still appears twice, only its first entry
 * counts, so a duplicate can never raise the maximum or the score.
 */
export function scoreAttempt(items: readonly TAttemptItem[]): TAttemptScore {
  const seen = new Set<string>();
  const byTopic = new Map<string, TTopicScore>();
  for (const item of items) {
    if (seen.has(item.questionId)) continue;
    seen.add(item.questionId);
    const topic = byTopic.get(item.topic) ?? { topic: item.topic, answered: 0, score: 0, max: 0 };
    topic.max += 1;
    if (item.score !== null) {
      topic.answered += 1;
      topic.score += safeScore(item.score);
    }
    byTopic.set(item.topic, topic);
  }

  const topics = [...byTopic.values()].map((t) => ({ ...t, score: roundSum(t.score) }));
  const score = roundSum(topics.reduce((sum, t) => sum + t.score, 0));
  const max = topics.reduce((sum, t) => sum + t.max, 0);
  const answered = topics.reduce((sum, t) => sum + t.answered, 0);
  // The small nudge keeps e.g. 0.7 / 1 (= 69.999…%) from flooring to 69.9.
  const percent = max === 0 ? 0 : Math.floor((score / max) * 1000 + 1e-6) / 10;
  return { score, max, answered, percent, topics };
}
