import { describe, expect, it } from 'vitest';
import { gradeResponse } from '@/lib/quiz/grade';
import { numericDecimalQ, numericExactQ, numericQ } from './sample-questions';

const num = (value: unknown) => ({ type: 'numeric', value });

// numericQ: 20 ± 2 %, common errors 7 and 50.
describe('gradeResponse: numeric', () => {
  it('gives 1 for the exact answer', () => {
    expect(gradeResponse(numericQ, num(20))).toEqual({
      ok: true,
      score: 1,
      correct: true,
      detail: { type: 'numeric', value: 20, commonErrorValue: null },
    });
  });

  it.each([18, 22, 19.5])('counts %d as within 20 ± 2 (edges included)', (value) => {
    expect(gradeResponse(numericQ, num(value))).toMatchObject({ score: 1, correct: true });
  });

  it.each([17.9, 22.01, -20])('gives 0 for %d, outside the tolerance', (value) => {
    expect(gradeResponse(numericQ, num(value))).toMatchObject({ ok: true, score: 0, correct: false });
  });

  it.each([19.9, 20.1])('counts %d as within 20 ± 0.1 despite float rounding', (value) => {
    expect(gradeResponse(numericDecimalQ, num(value))).toMatchObject({ score: 1 });
  });

  it.each([19.89, 20.11])('gives 0 for %d, just outside 20 ± 0.1', (value) => {
    expect(gradeResponse(numericDecimalQ, num(value))).toMatchObject({ score: 0 });
  });

  it('with zero tolerance accepts only the exact value', () => {
    expect(gradeResponse(numericExactQ, num(32))).toMatchObject({ score: 1 });
    expect(gradeResponse(numericExactQ, num(31))).toMatchObject({
      score: 0,
      detail: { commonErrorValue: null },
    });
  });

  it('links a wrong value to the common error within tolerance of it', () => {
    expect(gradeResponse(numericQ, num(8))).toMatchObject({ score: 0, detail: { commonErrorValue: 7 } });
    expect(gradeResponse(numericQ, num(51))).toMatchObject({ detail: { commonErrorValue: 50 } });
    expect(gradeResponse(numericExactQ, num(30))).toMatchObject({ detail: { commonErrorValue: 30 } });
  });

  it('links no common error to a wrong value far from all of them', () => {
    expect(gradeResponse(numericQ, num(35))).toMatchObject({ score: 0, detail: { commonErrorValue: null } });
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a numeric string', '20'],
    ['null', null],
    ['a huge number', 1e13],
  ])('rejects %s as malformed', (_label, value) => {
    expect(gradeResponse(numericQ, num(value))).toMatchObject({ ok: false, error: 'malformed' });
  });
});
