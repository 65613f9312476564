import { describe, expect, it } from 'vitest';
import { gradeResponse } from '@/lib/quiz/grade';
import { orderingQ } from './sample-questions';

const order = (...itemIds: string[]) => ({ type: 'ordering', itemIds });

// Correct order: bucharest, application, finland, sweden (6 pairs).
describe('gradeResponse: ordering partial credit (share of pairs in the right relative order)', () => {
  it('gives 1 for the exact order', () => {
    expect(gradeResponse(orderingQ, order('bucharest', 'application', 'finland', 'sweden'))).toEqual({
      ok: true,
      score: 1,
      correct: true,
      detail: { type: 'ordering', pairsInOrder: 6, pairsTotal: 6 },
    });
  });

  it('gives 5/6 for one swap of neighbours', () => {
    expect(gradeResponse(orderingQ, order('bucharest', 'finland', 'application', 'sweden'))).toEqual({
      ok: true,
      score: 5 / 6,
      correct: false,
      detail: { type: 'ordering', pairsInOrder: 5, pairsTotal: 6 },
    });
  });

  it('gives 1/2 for the last step moved to the front', () => {
    expect(gradeResponse(orderingQ, order('sweden', 'bucharest', 'application', 'finland'))).toMatchObject({
      score: 0.5,
      detail: { pairsInOrder: 3 },
    });
  });

  it('gives 1/3 for two blocks swapped (only 2 of 6 relations hold)', () => {
    expect(gradeResponse(orderingQ, order('finland', 'sweden', 'bucharest', 'application'))).toMatchObject({
      score: 2 / 6,
    });
  });

  it('gives 0 for the reversed order', () => {
    expect(gradeResponse(orderingQ, order('sweden', 'finland', 'application', 'bucharest'))).toMatchObject({
      ok: true,
      score: 0,
      correct: false,
    });
  });
});

describe('gradeResponse: ordering rejected answers', () => {
  it('rejects an empty order', () => {
    expect(gradeResponse(orderingQ, order())).toMatchObject({ ok: false, error: 'empty' });
  });

  it('rejects an order that leaves items out', () => {
    expect(gradeResponse(orderingQ, order('bucharest', 'application', 'finland'))).toMatchObject({
      ok: false,
      error: 'incomplete',
    });
  });

  it('rejects an item placed twice', () => {
    expect(gradeResponse(orderingQ, order('bucharest', 'application', 'finland', 'finland'))).toMatchObject({
      ok: false,
      error: 'duplicate',
    });
  });

  it('rejects an item that is not in the question', () => {
    expect(
      gradeResponse(orderingQ, order('bucharest', 'application', 'finland', 'montenegro')),
    ).toMatchObject({
      ok: false,
      error: 'unknown-id',
    });
  });

  it('rejects an order padded with an unknown item', () => {
    expect(
      gradeResponse(orderingQ, order('bucharest', 'application', 'finland', 'sweden', 'x')),
    ).toMatchObject({
      ok: false,
      error: 'unknown-id',
    });
  });
});
