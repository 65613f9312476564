import { describe, expect, it } from 'vitest';
import { checkTeacherDecision, classChoice, tallyChoices } from '@/lib/live/class-decision';

const choices = [
  { id: 'talk', label: 'Open talks' },
  { id: 'wait', label: 'Wait' },
  { id: 'push', label: 'Push hard' },
];

describe('a live scenario decision', () => {
  it('counts votes per choice in the decision’s order, ignoring choices not offered', () => {
    expect(tallyChoices(choices, ['wait', 'talk', 'wait', 'gone']).map((b) => [b.id, b.count])).toEqual([
      ['talk', 1],
      ['wait', 2],
      ['push', 0],
    ]);
  });

  it('finds the majority, a tie, or no vote', () => {
    expect(classChoice(tallyChoices(choices, ['wait', 'talk', 'wait']))).toEqual({
      kind: 'majority',
      choiceId: 'wait',
    });
    expect(classChoice(tallyChoices(choices, ['wait', 'talk']))).toEqual({
      kind: 'tie',
      choiceIds: ['talk', 'wait'],
    });
    expect(classChoice(tallyChoices(choices, []))).toEqual({ kind: 'no-votes' });
  });

  it('lets the teacher follow the class without a reason', () => {
    const tally = tallyChoices(choices, ['wait', 'wait', 'talk']);
    expect(checkTeacherDecision(tally, 'wait', null)).toEqual({ ok: true, reason: null });
    // On a tie any of the tied choices follows the class; with no votes, anything does.
    const tie = tallyChoices(choices, ['wait', 'talk']);
    expect(checkTeacherDecision(tie, 'talk', '  ')).toEqual({ ok: true, reason: null });
    expect(checkTeacherDecision(tallyChoices(choices, []), 'push', null).ok).toBe(true);
  });

  it('asks for a reason to go against the class, and keeps it trimmed', () => {
    const tally = tallyChoices(choices, ['wait', 'wait', 'talk']);
    expect(checkTeacherDecision(tally, 'push', null)).toMatchObject({ ok: false });
    expect(checkTeacherDecision(tally, 'push', '   ')).toMatchObject({ ok: false });
    expect(checkTeacherDecision(tallyChoices(choices, ['wait', 'talk']), 'push', null).ok).toBe(false);
    expect(checkTeacherDecision(tally, 'push', ' To show what pressure does ')).toEqual({
      ok: true,
      reason: 'To show what pressure does',
    });
    expect(checkTeacherDecision(tally, 'push', 'x'.repeat(501))).toMatchObject({ ok: false });
  });

  it('refuses a choice that is not open', () => {
    expect(checkTeacherDecision(tallyChoices(choices, []), 'fly', 'because')).toMatchObject({ ok: false });
  });
});
