import { describe, expect, it } from 'vitest';
import { gradeResponse } from '@/lib/quiz/grade';
import { multiOneDistractorQ, multiQ } from './sample-questions';

const multi = (...optionIds: string[]) => ({ type: 'multi', optionIds });

// multiQ: correct borders, escalation, unanimity; distractors treaty-ban, eu-first.
describe('gradeResponse: multiple select partial credit', () => {
  it('gives 1 for exactly the correct options, in any order', () => {
    expect(gradeResponse(multiQ, multi('unanimity', 'borders', 'escalation'))).toEqual({
      ok: true,
      score: 1,
      correct: true,
      detail: {
        type: 'multi',
        selectedCorrect: ['borders', 'escalation', 'unanimity'],
        selectedWrong: [],
        missedCorrect: [],
      },
    });
  });

  it('gives 2/3 for two of three correct options and no distractor', () => {
    expect(gradeResponse(multiQ, multi('borders', 'unanimity'))).toEqual({
      ok: true,
      score: 2 / 3,
      correct: false,
      detail: {
        type: 'multi',
        selectedCorrect: ['borders', 'unanimity'],
        selectedWrong: [],
        missedCorrect: ['escalation'],
      },
    });
  });

  it('gives 1/2 for all three correct plus one of two distractors', () => {
    expect(gradeResponse(multiQ, multi('borders', 'escalation', 'unanimity', 'eu-first'))).toMatchObject({
      score: 0.5,
      correct: false,
      detail: { selectedWrong: ['eu-first'] },
    });
  });

  it('floors at 0 when distractors outweigh correct choices (1/3 − 1/2)', () => {
    expect(gradeResponse(multiQ, multi('borders', 'treaty-ban'))).toMatchObject({
      ok: true,
      score: 0,
      correct: false,
    });
  });

  it('gives 0 for only distractors', () => {
    expect(gradeResponse(multiQ, multi('treaty-ban', 'eu-first'))).toMatchObject({ ok: true, score: 0 });
  });

  it('gives 0 for ticking every box', () => {
    expect(
      gradeResponse(multiQ, multi('borders', 'escalation', 'unanimity', 'treaty-ban', 'eu-first')),
    ).toMatchObject({
      ok: true,
      score: 0,
    });
  });

  it('gives 0 for ticking every box even with a single distractor (not the 2/3 of "(right − wrong) / correct")', () => {
    expect(
      gradeResponse(multiOneDistractorQ, multi('invitation', 'protocol', 'ratification', 'majority')),
    ).toMatchObject({
      ok: true,
      score: 0,
    });
  });

  it('gives 1/3 for one correct option alone', () => {
    expect(gradeResponse(multiOneDistractorQ, multi('protocol'))).toMatchObject({ score: 1 / 3 });
  });
});

describe('gradeResponse: multiple select rejected answers', () => {
  it('rejects an empty selection', () => {
    expect(gradeResponse(multiQ, multi())).toMatchObject({ ok: false, error: 'empty' });
  });

  it('rejects an option chosen twice, even if the set is right', () => {
    expect(gradeResponse(multiQ, multi('borders', 'escalation', 'unanimity', 'borders'))).toMatchObject({
      ok: false,
      error: 'duplicate',
    });
  });

  it('rejects an unknown option id', () => {
    expect(gradeResponse(multiQ, multi('borders', 'geography'))).toMatchObject({
      ok: false,
      error: 'unknown-id',
    });
  });

  it('rejects more choices than any question can have', () => {
    expect(gradeResponse(multiQ, multi(...Array.from({ length: 9 }, (_, i) => `o${i}`)))).toMatchObject({
      ok: false,
      error: 'malformed',
    });
  });

  it('rejects ids that are not strings', () => {
    expect(gradeResponse(multiQ, { type: 'multi', optionIds: [1, 2] })).toMatchObject({
      ok: false,
      error: 'malformed',
    });
  });
});
