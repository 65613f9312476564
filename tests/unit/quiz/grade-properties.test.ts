import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeResponse } from '@/lib/quiz/grade';
import { allQuestions, matchingQ, multiQ, orderingQ } from './sample-questions';

const scoreOf = (result: ReturnType<typeof gradeResponse>): number => {
  if (!result.ok) throw new Error(`expected a grade, got ${result.error}: ${result.message}`);
  return result.score;
};

describe('gradeResponse properties', () => {
  it('never throws on arbitrary input, and a grade is always 0..1 with correct ⇔ score 1', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allQuestions), fc.anything(), (question, response) => {
        const result = gradeResponse(question, response);
        if (result.ok) {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
          expect(result.correct).toBe(result.score === 1);
        } else {
          expect(typeof result.error).toBe('string');
        }
      }),
    );
  });

  it('multi: choosing one more distractor never raises the score, one more correct option never lowers it', () => {
    const correct = multiQ.options.filter((o) => o.correct).map((o) => o.id);
    const wrong = multiQ.options.filter((o) => !o.correct).map((o) => o.id);
    fc.assert(
      fc.property(
        fc.subarray(correct),
        fc.subarray(wrong),
        fc.constantFrom(...correct),
        fc.constantFrom(...wrong),
        (someCorrect, someWrong, addCorrect, addWrong) => {
          const base = [...someCorrect, ...someWrong];
          fc.pre(base.length > 0);
          const score = scoreOf(gradeResponse(multiQ, { type: 'multi', optionIds: base }));
          if (!base.includes(addWrong)) {
            const more = scoreOf(gradeResponse(multiQ, { type: 'multi', optionIds: [...base, addWrong] }));
            expect(more).toBeLessThanOrEqual(score);
          }
          if (!base.includes(addCorrect)) {
            const more = scoreOf(gradeResponse(multiQ, { type: 'multi', optionIds: [...base, addCorrect] }));
            expect(more).toBeGreaterThanOrEqual(score);
          }
        },
      ),
    );
  });

  it('ordering: any order and its reverse score 1 in total (each pair is right in exactly one of them)', () => {
    const ids = orderingQ.items.map((i) => i.id);
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: ids.length }), (itemIds) => {
        const forward = scoreOf(gradeResponse(orderingQ, { type: 'ordering', itemIds }));
        const backward = scoreOf(
          gradeResponse(orderingQ, { type: 'ordering', itemIds: [...itemIds].reverse() }),
        );
        expect(forward + backward).toBeCloseTo(1, 12);
        expect(forward === 1).toBe(itemIds.every((id, i) => id === ids[i]));
      }),
    );
  });

  it('matching: every complete one-to-one matching is graded, in quarters, 1 only for the key', () => {
    const lefts = matchingQ.pairs.map((p) => p.left.id);
    const rights = matchingQ.pairs.map((p) => p.right.id);
    fc.assert(
      fc.property(fc.shuffledSubarray(rights, { minLength: rights.length }), (shuffled) => {
        const matches = Object.fromEntries(lefts.map((l, i) => [l, shuffled[i] ?? '']));
        const score = scoreOf(gradeResponse(matchingQ, { type: 'matching', matches }));
        expect(Number.isInteger(score * 4)).toBe(true);
        expect(score === 1).toBe(shuffled.every((r, i) => r === rights[i]));
      }),
    );
  });
});
