import { describe, expect, it } from 'vitest';
import { distractorFrequencies } from '@/lib/analytics/distractor-frequencies';
import type { OptionRow } from '@/lib/analytics/rows';
import { response } from './row-builders';

const options: OptionRow[] = [
  { questionId: 'q-allies', optionId: 'all-agree', correct: true, misconceptionIds: [] },
  { questionId: 'q-allies', optionId: 'us-alone', correct: true, misconceptionIds: [] },
  { questionId: 'q-allies', optionId: 'majority', correct: false, misconceptionIds: ['majority-vote'] },
  { questionId: 'q-allies', optionId: 'un-vote', correct: false, misconceptionIds: ['un-decides'] },
  { questionId: 'q-other', optionId: 'x', correct: true, misconceptionIds: [] },
];

describe('distractorFrequencies', () => {
  it('counts each option among responses that chose options, listing unchosen and unknown ones', () => {
    const responses = [
      response({ attemptId: 't1', questionId: 'q-allies', optionIds: ['all-agree', 'us-alone'] }),
      response({ attemptId: 't2', questionId: 'q-allies', optionIds: ['all-agree', 'majority', 'majority'] }),
      response({ attemptId: 't3', questionId: 'q-allies', optionIds: ['majority'] }),
      response({ attemptId: 't4', questionId: 'q-allies', optionIds: ['retired-option'] }),
      response({ attemptId: 't5', questionId: 'q-allies' }), // no options: not in the denominator
      response({ attemptId: 't6', questionId: 'q-other', optionIds: ['x'] }), // other question
    ];
    // Denominator: t1..t4 = 4 responses with options.
    // all-agree: t1,t2 → 2 → .5; us-alone: t1 → 1 → .25; majority: t2 (repeat counted once), t3 → 2 → .5;
    // un-vote: 0 → 0; retired-option (not in content): t4 → 1 → .25, correct null. Shares sum to 1.5 (multi).
    expect(distractorFrequencies('q-allies', responses, options)).toEqual([
      { optionId: 'all-agree', correct: true, count: 2, share: 0.5, misconceptionIds: [] },
      { optionId: 'us-alone', correct: true, count: 1, share: 0.25, misconceptionIds: [] },
      { optionId: 'majority', correct: false, count: 2, share: 0.5, misconceptionIds: ['majority-vote'] },
      { optionId: 'un-vote', correct: false, count: 0, share: 0, misconceptionIds: ['un-decides'] },
      { optionId: 'retired-option', correct: null, count: 1, share: 0.25, misconceptionIds: [] },
    ]);
  });

  it('gives zero shares, not NaN, when nobody answered', () => {
    expect(distractorFrequencies('q-other', [], options)).toEqual([
      { optionId: 'x', correct: true, count: 0, share: 0, misconceptionIds: [] },
    ]);
  });
});
