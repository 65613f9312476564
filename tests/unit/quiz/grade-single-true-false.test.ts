import { describe, expect, it } from 'vitest';
import { gradeResponse } from '@/lib/quiz/grade';
import { singleQ, trueFalseQ } from './sample-questions';

describe('gradeResponse: single choice', () => {
  it('gives 1 for the correct option', () => {
    expect(gradeResponse(singleQ, { type: 'single', optionId: 'art5' })).toEqual({
      ok: true,
      score: 1,
      correct: true,
      detail: { type: 'single', chosenOptionId: 'art5' },
    });
  });

  it('gives 0 for a distractor', () => {
    expect(gradeResponse(singleQ, { type: 'single', optionId: 'art10' })).toEqual({
      ok: true,
      score: 0,
      correct: false,
      detail: { type: 'single', chosenOptionId: 'art10' },
    });
  });

  it('rejects an empty choice as empty', () => {
    expect(gradeResponse(singleQ, { type: 'single', optionId: '' })).toMatchObject({
      ok: false,
      error: 'empty',
    });
  });

  it('rejects an option id that is not in the question', () => {
    expect(gradeResponse(singleQ, { type: 'single', optionId: 'art6' })).toMatchObject({
      ok: false,
      error: 'unknown-id',
    });
  });

  it('rejects a prototype key posing as an option id', () => {
    expect(gradeResponse(singleQ, { type: 'single', optionId: 'constructor' })).toMatchObject({
      ok: false,
      error: 'unknown-id',
    });
  });

  it('rejects a list where one id is expected', () => {
    expect(gradeResponse(singleQ, { type: 'single', optionId: ['art5'] })).toMatchObject({
      ok: false,
      error: 'malformed',
    });
  });
});

describe('gradeResponse: true/false', () => {
  it('gives 1 for the right value', () => {
    expect(gradeResponse(trueFalseQ, { type: 'true-false', value: true })).toEqual({
      ok: true,
      score: 1,
      correct: true,
      detail: { type: 'true-false', value: true },
    });
  });

  it('gives 0 for the wrong value', () => {
    expect(gradeResponse(trueFalseQ, { type: 'true-false', value: false })).toMatchObject({
      ok: true,
      score: 0,
      correct: false,
    });
  });

  it('rejects the string "true" instead of a boolean', () => {
    expect(gradeResponse(trueFalseQ, { type: 'true-false', value: 'true' })).toMatchObject({
      ok: false,
      error: 'malformed',
    });
  });

  it('rejects a missing value', () => {
    expect(gradeResponse(trueFalseQ, { type: 'true-false' })).toMatchObject({
      ok: false,
      error: 'malformed',
    });
  });
});
