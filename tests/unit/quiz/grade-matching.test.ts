import { describe, expect, it } from 'vitest';
import { gradeResponse } from '@/lib/quiz/grade';
import { matchingQ } from './sample-questions';

const match = (matches: Record<string, string>) => ({ type: 'matching', matches });
const right = {
  'art-5': 'collective-defence',
  'art-10': 'invitation',
  'bucharest-2008': 'future-member',
  map: 'reform-programme',
};

describe('gradeResponse: matching partial credit (share of lefts matched correctly)', () => {
  it('gives 1 for every pair right', () => {
    expect(gradeResponse(matchingQ, match(right))).toEqual({
      ok: true,
      score: 1,
      correct: true,
      detail: {
        type: 'matching',
        rightLeftIds: ['art-5', 'art-10', 'bucharest-2008', 'map'],
        wrongLeftIds: [],
      },
    });
  });

  it('gives 1/2 when two rights are swapped', () => {
    expect(
      gradeResponse(matchingQ, match({ ...right, 'art-5': 'invitation', 'art-10': 'collective-defence' })),
    ).toEqual({
      ok: true,
      score: 0.5,
      correct: false,
      detail: {
        type: 'matching',
        rightLeftIds: ['bucharest-2008', 'map'],
        wrongLeftIds: ['art-5', 'art-10'],
      },
    });
  });

  it('gives 1/4 for a three-way rotation', () => {
    expect(
      gradeResponse(
        matchingQ,
        match({
          'art-5': 'invitation',
          'art-10': 'future-member',
          'bucharest-2008': 'collective-defence',
          map: 'reform-programme',
        }),
      ),
    ).toMatchObject({ score: 0.25 });
  });

  it('gives 0 when nothing is matched right', () => {
    expect(
      gradeResponse(
        matchingQ,
        match({
          'art-5': 'invitation',
          'art-10': 'collective-defence',
          'bucharest-2008': 'reform-programme',
          map: 'future-member',
        }),
      ),
    ).toMatchObject({ ok: true, score: 0 });
  });
});

describe('gradeResponse: matching rejected answers', () => {
  it('rejects no matches', () => {
    expect(gradeResponse(matchingQ, match({}))).toMatchObject({ ok: false, error: 'empty' });
  });

  it('rejects a left left unmatched', () => {
    const withoutMap = Object.fromEntries(Object.entries(right).filter(([left]) => left !== 'map'));
    expect(gradeResponse(matchingQ, match(withoutMap))).toMatchObject({ ok: false, error: 'incomplete' });
  });

  it('rejects one right used for two lefts', () => {
    expect(gradeResponse(matchingQ, match({ ...right, map: 'invitation' }))).toMatchObject({
      ok: false,
      error: 'duplicate',
    });
  });

  it('rejects an unknown left', () => {
    expect(gradeResponse(matchingQ, match({ ...right, 'art-6': 'invitation' }))).toMatchObject({
      ok: false,
      error: 'unknown-id',
    });
  });

  it('rejects an unknown right', () => {
    expect(gradeResponse(matchingQ, match({ ...right, map: 'membership' }))).toMatchObject({
      ok: false,
      error: 'unknown-id',
    });
  });

  it('rejects a right id used as a left (sides are not interchangeable)', () => {
    expect(gradeResponse(matchingQ, match({ ...right, invitation: 'art-10' }))).toMatchObject({
      ok: false,
      error: 'unknown-id',
    });
  });

  it('does not read inherited keys such as "constructor" as matches', () => {
    expect(gradeResponse(matchingQ, match({ constructor: 'invitation' }))).toMatchObject({
      ok: false,
      error: 'unknown-id',
    });
  });

  it('rejects a match value that is not a string', () => {
    expect(
      gradeResponse(matchingQ, match({ ...right, map: 3 } as unknown as Record<string, string>)),
    ).toMatchObject({
      ok: false,
      error: 'malformed',
    });
  });
});
