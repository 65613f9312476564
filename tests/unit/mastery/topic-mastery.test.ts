import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { masteryByTopic, type TMasteryRow } from '@/lib/mastery/topic-mastery';

const DAY1 = '2024-10-07T09:00:00Z';
const DAY2 = '2024-10-08T09:00:00Z';

/** One attempt answering `questions` on `topic`, a minute apart from `start`, all with `score`. */
function attempt(
  attemptId: string,
  start: string,
  questions: string[],
  score: number,
  topic = 'article-5',
): TMasteryRow[] {
  return questions.map((questionId, i) => ({
    topic,
    questionId,
    score,
    attemptId,
    answeredAt: new Date(Date.parse(start) + i * 60_000),
    confidence: 'sure',
  }));
}

describe('masteryByTopic: a topic is not mastered on one lucky attempt', () => {
  it('a perfect first attempt on five questions is proficient, not mastered', () => {
    expect(masteryByTopic(attempt('a1', DAY1, ['q1', 'q2', 'q3', 'q4', 'q5'], 1))).toEqual([
      {
        topic: 'article-5',
        level: 'proficient',
        weightedScore: 1,
        responses: 5,
        distinctQuestions: 5,
        attempts: 1,
        days: 1,
      },
    ]);
  });

  it('two perfect attempts on the same day are still not mastered', () => {
    const rows = [
      ...attempt('a1', DAY1, ['q1', 'q2', 'q3'], 1),
      ...attempt('a2', '2024-10-07T15:00:00Z', ['q1', 'q2', 'q3'], 1),
    ];
    expect(masteryByTopic(rows)[0]).toMatchObject({
      level: 'proficient',
      attempts: 2,
      days: 1,
      responses: 6,
    });
  });

  it('two perfect attempts on different days are mastered', () => {
    const rows = [
      ...attempt('a1', DAY1, ['q1', 'q2', 'q3'], 1),
      ...attempt('a2', DAY2, ['q1', 'q2', 'q3'], 1),
    ];
    expect(masteryByTopic(rows)).toEqual([
      {
        topic: 'article-5',
        level: 'mastered',
        weightedScore: 1,
        responses: 6,
        distinctQuestions: 3,
        attempts: 2,
        days: 2,
      },
    ]);
  });

  it('repeating the same two questions across days is not mastered (too few distinct questions)', () => {
    const rows = [
      ...attempt('a1', DAY1, ['q1', 'q2', 'q1'], 1),
      ...attempt('a2', DAY2, ['q2', 'q1', 'q2'], 1),
    ];
    expect(masteryByTopic(rows)[0]).toMatchObject({
      level: 'proficient',
      distinctQuestions: 2,
      responses: 6,
    });
  });

  it('four responses across two days are not mastered (too few responses)', () => {
    const rows = [...attempt('a1', DAY1, ['q1', 'q2'], 1), ...attempt('a2', DAY2, ['q3', 'q1'], 1)];
    expect(masteryByTopic(rows)[0]).toMatchObject({ level: 'proficient', responses: 4 });
  });
});

describe('masteryByTopic: recency and confidence', () => {
  it('the same answers in opposite order give different levels (0.566 familiar vs 0.254 attempted)', () => {
    const improving = [
      ...attempt('a1', DAY1, ['q1', 'q2', 'q3'], 0),
      ...attempt('a2', DAY2, ['q1', 'q2', 'q3'], 1),
    ];
    const slipping = [
      ...attempt('a1', DAY1, ['q1', 'q2', 'q3'], 1),
      ...attempt('a2', DAY2, ['q1', 'q2', 'q3'], 0),
    ];
    const [up] = masteryByTopic(improving);
    const [down] = masteryByTopic(slipping);
    // Newest first: weights 1, 0.8, 0.64 on one score, 0.512, 0.4096, 0.32768 on the other; sure right answers weigh 1×,
    // sure wrong ones 1.5×.
    expect(up?.weightedScore).toBeCloseTo(2.44 / (2.44 + 1.5 * 1.24928), 12);
    expect(up?.level).toBe('familiar');
    expect(down?.weightedScore).toBeCloseTo(1.24928 / (1.24928 + 1.5 * 2.44), 12);
    expect(down?.level).toBe('attempted');
  });

  it('a confident wrong answer costs more than an unsure one: familiar vs attempted', () => {
    const rows = (confidence: 'sure' | 'not-sure'): TMasteryRow[] => [
      { topic: 't', questionId: 'q1', score: 0, attemptId: 'a1', answeredAt: DAY1, confidence },
      { topic: 't', questionId: 'q2', score: 1, attemptId: 'a1', answeredAt: DAY2 },
    ];
    expect(masteryByTopic(rows('not-sure'))[0]).toMatchObject({ level: 'familiar' });
    expect(masteryByTopic(rows('not-sure'))[0]?.weightedScore).toBeCloseTo(1 / 1.8, 12);
    expect(masteryByTopic(rows('sure'))[0]).toMatchObject({ level: 'attempted' });
    expect(masteryByTopic(rows('sure'))[0]?.weightedScore).toBeCloseTo(1 / 2.2, 12);
  });

  it('a recent half-right answer blocks mastery that the older record would give', () => {
    const rows = [
      ...attempt('a1', DAY1, ['q1', 'q2', 'q3'], 1),
      ...attempt('a2', DAY2, ['q1', 'q2'], 1),
      {
        topic: 'article-5',
        questionId: 'q3',
        score: 0.5,
        attemptId: 'a2',
        answeredAt: '2024-10-08T10:00:00Z',
      },
    ];
    expect(masteryByTopic(rows)[0]?.weightedScore).toBeCloseTo(1 - 0.5 / 3.68928, 12); // 0.8645
    expect(masteryByTopic(rows)[0]?.level).toBe('proficient');
  });
});

describe('masteryByTopic: topics and input handling', () => {
  it('reports listed topics in the given order, not-started when unanswered, then others alphabetically', () => {
    const rows = [
      ...attempt('a1', DAY1, ['q1'], 1, 'zeta'),
      ...attempt('a1', DAY1, ['q2'], 1, 'beta'),
      ...attempt('a1', DAY1, ['q3'], 0, 'unanimity'),
    ];
    const result = masteryByTopic(rows, ['unanimity', 'article-5']);
    expect(result.map((t) => [t.topic, t.level])).toEqual([
      ['unanimity', 'attempted'],
      ['article-5', 'not-started'],
      ['beta', 'familiar'],
      ['zeta', 'familiar'],
    ]);
    expect(result[1]).toEqual({
      topic: 'article-5',
      level: 'not-started',
      weightedScore: 0,
      responses: 0,
      distinctQuestions: 0,
      attempts: 0,
      days: 0,
    });
  });

  it('accepts dates as Date objects or ISO strings alike', () => {
    const asDates = attempt('a1', DAY1, ['q1', 'q2'], 1);
    const asStrings = asDates.map((r) => ({ ...r, answeredAt: new Date(r.answeredAt).toISOString() }));
    expect(masteryByTopic(asStrings)).toEqual(masteryByTopic(asDates));
  });

  it('skips rows with an unreadable date and clamps scores outside 0..1', () => {
    const rows: TMasteryRow[] = [
      { topic: 't', questionId: 'q1', score: 1, attemptId: 'a1', answeredAt: 'yesterday' },
      { topic: 't', questionId: 'q2', score: 7, attemptId: 'a1', answeredAt: DAY1 },
      { topic: 't', questionId: 'q3', score: Number.NaN, attemptId: 'a1', answeredAt: DAY2 },
    ];
    // Newest first: q3 (NaN → 0, weight 1), q2 (7 → 1, weight 0.8).
    expect(masteryByTopic(rows)[0]).toMatchObject({ responses: 2, distinctQuestions: 2 });
    expect(masteryByTopic(rows)[0]?.weightedScore).toBeCloseTo(0.8 / 1.8, 12);
  });

  it('does not depend on the order of the rows, even with simultaneous answers', () => {
    const rows: TMasteryRow[] = [
      ...attempt('a1', DAY1, ['q1', 'q2', 'q3'], 1),
      {
        topic: 'article-5',
        questionId: 'q4',
        score: 0,
        attemptId: 'a2',
        answeredAt: DAY2,
        confidence: 'sure',
      },
      {
        topic: 'article-5',
        questionId: 'q5',
        score: 0.5,
        attemptId: 'a2',
        answeredAt: DAY2,
        confidence: null,
      },
      { topic: 'article-5', questionId: 'q5', score: 1, attemptId: 'a2', answeredAt: DAY2 },
      { topic: 'unanimity', questionId: 'q6', score: 1, attemptId: 'a2', answeredAt: DAY2 },
    ];
    const expected = masteryByTopic(rows);
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (shuffled) => {
        expect(masteryByTopic(shuffled)).toEqual(expected);
      }),
    );
  });
});
