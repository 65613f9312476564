import { levelFor, type TMasteryLevel } from '@/lib/mastery/mastery-rule';
import { weightedScore } from '@/lib/mastery/weighted-score';
import type { TConfidence } from '@/lib/quiz/confidence';

/** One graded response, as stored. */
export type TMasteryRow = {
  topic: string;
  questionId: string;
  /** 0..1 from the grader. */
  score: number;
  answeredAt: Date | string;
  attemptId: string;
  confidence?: TConfidence;
};

export type TTopicMastery = {
  topic: string;
  level: TMasteryLevel;
  /** 0..1, recency- and confidence-weighted mean score. */
  weightedScore: number;
  responses: number;
  distinctQuestions: number;
  attempts: number;
  days: number;
};

type TTimedRow = TMasteryRow & { time: number };

/**
 * Mastery per topic from a student's whole response history (every attempt and review).
 *
 * `topics` lists the topics to report even without responses (as 'not-started'), in the order
 * given — normally the module's teaching order. Topics that only appear in `rows` follow in
 * alphabetical order. Rows whose date cannot be read are left out, since recency cannot be
 * placed; scores outside 0..1 (or NaN) are clamped so a bad row never adds credit. The result
 * does not depend on the order of `rows`.
 */
export function masteryByTopic(
  rows: readonly TMasteryRow[],
  topics: readonly string[] = [],
): TTopicMastery[] {
  const byTopic = new Map<string, TTimedRow[]>(topics.map((t) => [t, []]));
  const extra: string[] = [];
  for (const row of rows) {
    const time = new Date(row.answeredAt).getTime();
    if (Number.isNaN(time)) continue;
    const list = byTopic.get(row.topic);
    const timed = { ...row, score: clampScore(row.score), time };
    if (list) list.push(timed);
    else {
      byTopic.set(row.topic, [timed]);
      extra.push(row.topic);
    }
  }
  const order = [...new Set(topics), ...extra.sort()];
  return order.map((topic) => topicMastery(topic, byTopic.get(topic) ?? []));
}

function topicMastery(topic: string, rows: TTimedRow[]): TTopicMastery {
  const newestFirst = [...rows].sort(byRecency);
  const evidence = {
    weightedScore: weightedScore(newestFirst),
    responses: rows.length,
    distinctQuestions: new Set(rows.map((r) => r.questionId)).size,
    attempts: new Set(rows.map((r) => r.attemptId)).size,
    days: new Set(rows.map((r) => new Date(r.time).toISOString().slice(0, 10))).size,
  };
  return { topic, level: levelFor(evidence), ...evidence };
}

/** Newest first; the tie-breaks only make simultaneous rows order the same whatever the input order. */
function byRecency(a: TTimedRow, b: TTimedRow): number {
  return (
    b.time - a.time ||
    a.attemptId.localeCompare(b.attemptId) ||
    a.questionId.localeCompare(b.questionId) ||
    a.score - b.score ||
    (a.confidence ?? '').localeCompare(b.confidence ?? '')
  );
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}
