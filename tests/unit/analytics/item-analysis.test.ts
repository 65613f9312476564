import { describe, expect, it } from 'vitest';
import { analyseItems } from '@/lib/analytics/item-analysis';
import type { OptionRow, ResponseRow } from '@/lib/analytics/rows';
import { response } from './row-builders';

/**
 * Five attempts on a three-question quiz (item scores; q3 gives partial credit):
 *        q1  q2  q3   total
 *   a1    1   1   1    3
 *   a2    1   1   0    2
 *   a3    1   0   0    1
 *   a4    0   1   0    1
 *   a5    0   0  .5   .5
 */
const scores: Record<string, [number, number, number]> = {
  a1: [1, 1, 1],
  a2: [1, 1, 0],
  a3: [1, 0, 0],
  a4: [0, 1, 0],
  a5: [0, 0, 0.5],
};
const q1Choice: Record<string, string> = { a1: 'art5', a2: 'art5', a3: 'art5', a4: 'art10', a5: 'art4' };

const responses: ResponseRow[] = Object.entries(scores).flatMap(([attemptId, [s1, s2, s3]]) => [
  response({
    attemptId,
    questionId: 'q1',
    score: s1,
    correct: s1 === 1,
    optionIds: [q1Choice[attemptId] ?? ''],
  }),
  response({ attemptId, questionId: 'q2', score: s2, correct: s2 === 1 }),
  response({ attemptId, questionId: 'q3', score: s3, correct: s3 === 1 }),
]);

const options: OptionRow[] = [
  { questionId: 'q1', optionId: 'art5', correct: true, misconceptionIds: [] },
  { questionId: 'q1', optionId: 'art10', correct: false, misconceptionIds: ['art10-is-defence'] },
  { questionId: 'q1', optionId: 'art4', correct: false, misconceptionIds: ['consultation-is-defence'] },
];

describe('analyseItems', () => {
  const result = analyseItems({ responses, options, questionIds: ['q1', 'q2', 'q3', 'q4'] });
  const item = (id: string) => result.find((r) => r.questionId === id);

  it('lists questions in quiz order, including one nobody answered', () => {
    expect(result.map((r) => r.questionId)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(item('q4')).toEqual({
      questionId: 'q4',
      responseCount: 0,
      facility: null,
      correctShare: null,
      pointBiserial: null,
      upperLowerIndex: null,
      options: [],
    });
  });

  it('computes q1: facility, point-biserial on rest scores, upper–lower index and distractors', () => {
    // x = [1,1,1,0,0]; rest = total − x = [2,1,0,1,.5]
    // facility = 3/5 = .6; correctShare = 3/5 = .6
    // x̄ = .6, ȳ = 4.5/5 = .9; dx = [.4,.4,.4,-.6,-.6]; dy = [1.1,.1,-.9,.1,-.4]
    // Σdxdy = .44+.04−.36−.06+.24 = .30; Σdx² = 3·.16+2·.36 = 1.2; Σdy² = 1.21+.01+.81+.01+.16 = 2.2
    // r = .30 / √(1.2·2.2) = .3/√2.64 = 0.184637…
    // 27%: g = round(1.35) = 1; by rest: a1(2) first, a3(0) last → D = 1 − 1 = 0
    const q1 = item('q1');
    expect(q1?.responseCount).toBe(5);
    expect(q1?.facility).toBeCloseTo(0.6, 12);
    expect(q1?.correctShare).toBeCloseTo(0.6, 12);
    expect(q1?.pointBiserial).toBeCloseTo(0.3 / Math.sqrt(2.64), 12);
    expect(q1?.upperLowerIndex).toBe(0);
    // Options: art5 3/5, art10 1/5 (a4), art4 1/5 (a5).
    expect(q1?.options.map((o) => [o.optionId, o.count, o.share, o.misconceptionIds])).toEqual([
      ['art5', 3, 0.6, []],
      ['art10', 1, 0.2, ['art10-is-defence']],
      ['art4', 1, 0.2, ['consultation-is-defence']],
    ]);
  });

  it('computes q3, where partial credit separates facility from the correct share', () => {
    // x = [1,0,0,0,.5]; rest = [2,2,1,1,0]
    // facility = 1.5/5 = .3; correctShare = 1/5 = .2 (a5's .5 is not fully correct)
    // x̄ = .3, ȳ = 1.2; dx = [.7,-.3,-.3,-.3,.2]; dy = [.8,.8,-.2,-.2,-1.2]
    // Σdxdy = .56−.24+.06+.06−.24 = .2; Σdx² = .49+.09·3+.04 = .8; Σdy² = .64·2+.04·2+1.44 = 2.8
    // r = .2/√2.24 = 0.133631…
    // 27%: g = 1; a1 and a2 tie on rest 2, a1 first by id → upper x = 1; lowest rest a5 x = .5 → D = .5
    const q3 = item('q3');
    expect(q3?.facility).toBeCloseTo(0.3, 12);
    expect(q3?.correctShare).toBeCloseTo(0.2, 12);
    expect(q3?.pointBiserial).toBeCloseTo(0.2 / Math.sqrt(2.24), 12);
    expect(q3?.upperLowerIndex).toBeCloseTo(0.5, 12);
    expect(q3?.options).toEqual([]);
  });

  it('computes q2', () => {
    // x = [1,1,0,1,0]; rest = [2,1,1,0,.5]; x̄ = .6, ȳ = .9
    // dx = [.4,.4,-.6,.4,-.6]; dy = [1.1,.1,.1,-.9,-.4]
    // Σdxdy = .44+.04−.06−.36+.24 = .30; Σdx² = 1.2; Σdy² = 1.21+.01+.01+.81+.16 = 2.2 → r = .3/√2.64
    // 27%: g = 1; top rest a1 (x 1), bottom rest a4 (x 1) → D = 0
    const q2 = item('q2');
    expect(q2?.pointBiserial).toBeCloseTo(0.3 / Math.sqrt(2.64), 12);
    expect(q2?.upperLowerIndex).toBe(0);
  });

  it('treats rest scores that differ only by float noise as equal', () => {
    // b1: .1 + .2 + 1 − 1 = 0.30000000000000004 in floating point; b2: .3 + 0 − 0 = .3.
    // Unrounded, two distinct rest scores would give r = 1 and D = 1 out of nothing; rounded, the
    // rest variance is 0, so both are undefined.
    const noisy = [
      response({ attemptId: 'b1', questionId: 'p1', score: 0.1 }),
      response({ attemptId: 'b1', questionId: 'p2', score: 0.2 }),
      response({ attemptId: 'b1', questionId: 'p3', score: 1, correct: true }),
      response({ attemptId: 'b2', questionId: 'p1', score: 0.3 }),
      response({ attemptId: 'b2', questionId: 'p2', score: 0 }),
      response({ attemptId: 'b2', questionId: 'p3', score: 0 }),
    ];
    const p3 = analyseItems({ responses: noisy }).find((r) => r.questionId === 'p3');
    expect(p3?.pointBiserial).toBeNull();
    expect(p3?.upperLowerIndex).toBeNull();
  });

  it('without a quiz order lists answered questions sorted', () => {
    expect(analyseItems({ responses }).map((r) => r.questionId)).toEqual(['q1', 'q2', 'q3']);
  });
});
