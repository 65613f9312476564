import { describe, expect, it } from 'vitest';
import { pairDifferingAnswers, type TVoteForPairing } from '@/lib/live/pairing';

const votes = (groups: Record<string, number>): TVoteForPairing[] =>
  Object.entries(groups).flatMap(([key, n]) =>
    Array.from({ length: n }, (_, i) => ({ studentId: `${key}-${i}`, answerKey: key })),
  );

const answerOf = (vs: TVoteForPairing[]) => new Map(vs.map((v) => [v.studentId, v.answerKey]));

describe('pairing students whose first answers differ', () => {
  it('gives every student a partner with a different answer when no answer has more than half', () => {
    const vs = votes({ a: 5, b: 3, c: 2 });
    const pairs = pairDifferingAnswers(vs);
    const answer = answerOf(vs);
    expect(pairs.size).toBe(10);
    for (const [student, partners] of pairs) {
      expect(partners).toHaveLength(1);
      expect(answer.get(partners[0]!)).not.toBe(answer.get(student));
      expect(pairs.get(partners[0]!)).toEqual([student]);
    }
  });

  it('puts an odd student out into a group of three', () => {
    const pairs = pairDifferingAnswers(votes({ a: 3, b: 2 }));
    expect(pairs.size).toBe(5);
    // The three of them each name the other two.
    expect([...pairs.values()].filter((p) => p.length === 2)).toHaveLength(3);
  });

  it('pairs only the unavoidable surplus with the same answer when one answer dominates', () => {
    const vs = votes({ a: 8, b: 2 });
    const answer = answerOf(vs);
    const same = [...pairDifferingAnswers(vs)].filter(([s, [p]]) => answer.get(s) === answer.get(p!));
    // 8 a's and 2 b's: 2 mixed pairs, 3 a-a pairs (6 students).
    expect(same).toHaveLength(6);
  });

  // How long a lecture hall takes to pair is measured in `npm run bench` (live), not here.
  it('pairs 300 students, every pair differing', () => {
    const vs = votes({ a: 120, b: 90, c: 60, d: 30 });
    const pairs = pairDifferingAnswers(vs);
    const answer = answerOf(vs);
    expect(pairs.size).toBe(300);
    expect([...pairs].every(([s, ps]) => ps.every((p) => answer.get(p) !== answer.get(s)))).toBe(true);
  });

  it('is deterministic whatever order the votes arrive in', () => {
    const vs = votes({ a: 4, b: 3, c: 3 });
    const a = pairDifferingAnswers(vs);
    const b = pairDifferingAnswers([...vs].reverse());
    expect([...b].sort()).toEqual([...a].sort());
  });
});
