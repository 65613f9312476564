import { describe, expect, it } from 'vitest';
import { masteryDistribution } from '@/lib/analytics/mastery-distribution';
import type { MasteryRow } from '@/lib/analytics/rows';

const mastery: MasteryRow[] = [
  { studentId: 's1', topic: 'article-5', level: 'mastered' },
  { studentId: 's2', topic: 'article-5', level: 'familiar' },
  { studentId: 's3', topic: 'article-5', level: 'familiar' },
  { studentId: 's1', topic: 'consensus', level: 'attempted' },
  { studentId: 's9', topic: 'article-5', level: 'proficient' }, // left the class: ignored
];

describe('masteryDistribution', () => {
  it('counts every roster student once per topic, missing rows as not-started', () => {
    // Roster s1..s4 (s2 repeated: counted once) → 4 students.
    // article-5: s4 has no row → not-started 1 (.25); familiar s2,s3 → 2 (.5); mastered s1 → 1 (.25)
    // consensus: s2,s3,s4 no row → not-started 3 (.75); attempted s1 → 1 (.25)
    const result = masteryDistribution({
      studentIds: ['s1', 's2', 's3', 's4', 's2'],
      topics: ['article-5', 'consensus'],
      mastery,
    });
    expect(result).toEqual([
      {
        topic: 'article-5',
        studentCount: 4,
        levels: [
          { level: 'not-started', count: 1, share: 0.25 },
          { level: 'attempted', count: 0, share: 0 },
          { level: 'familiar', count: 2, share: 0.5 },
          { level: 'proficient', count: 0, share: 0 },
          { level: 'mastered', count: 1, share: 0.25 },
        ],
      },
      {
        topic: 'consensus',
        studentCount: 4,
        levels: [
          { level: 'not-started', count: 3, share: 0.75 },
          { level: 'attempted', count: 1, share: 0.25 },
          { level: 'familiar', count: 0, share: 0 },
          { level: 'proficient', count: 0, share: 0 },
          { level: 'mastered', count: 0, share: 0 },
        ],
      },
    ]);
  });

  it('gives zero shares for an empty roster', () => {
    const [topic] = masteryDistribution({ studentIds: [], topics: ['article-5'], mastery });
    expect(topic?.studentCount).toBe(0);
    expect(topic?.levels.every((l) => l.count === 0 && l.share === 0)).toBe(true);
  });
});
