import { describe, expect, it } from 'vitest';
import { gradeResponse } from '@/lib/quiz/grade';
import { matchingQ, multiQ, numericQ, orderingQ, singleQ, trueFalseQ } from './sample-questions';

describe('gradeResponse: responses that are not answers to this question', () => {
  it.each([
    ['a single answer to a multi question', multiQ, { type: 'single', optionId: 'borders' }],
    ['a multi answer to a single question', singleQ, { type: 'multi', optionIds: ['art5'] }],
    ['a numeric answer to a true/false question', trueFalseQ, { type: 'numeric', value: 1 }],
    ['a true/false answer to a numeric question', numericQ, { type: 'true-false', value: true }],
    ['a matching answer to an ordering question', orderingQ, { type: 'matching', matches: {} }],
    ['an ordering answer to a matching question', matchingQ, { type: 'ordering', itemIds: ['art-5'] }],
    ['a malformed answer of another type', singleQ, { type: 'multi', optionIds: 'art5' }],
  ])('reports %s as wrong-type', (_label, question, response) => {
    expect(gradeResponse(question, response)).toMatchObject({ ok: false, error: 'wrong-type' });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'art5'],
    ['an array', [{ type: 'single', optionId: 'art5' }]],
    ['an object without a type', { optionId: 'art5' }],
    ['an unknown type', { type: 'essay', text: 'Article 5' }],
    ['extra keys', { type: 'single', optionId: 'art5', correct: true }],
    ['an over-long id', { type: 'single', optionId: 'a'.repeat(101) }],
  ])('reports %s as malformed', (_label, response) => {
    expect(gradeResponse(singleQ, response)).toMatchObject({ ok: false, error: 'malformed' });
  });

  it('explains the rejection in a message', () => {
    const result = gradeResponse(singleQ, { type: 'single' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/optionId/);
  });
});
