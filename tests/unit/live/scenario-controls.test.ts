import { describe, expect, it } from 'vitest';
import { firstQuestionState } from '@/lib/live/controls';
import { applyScenarioControl, decisionRefusal } from '@/lib/live/scenario-controls';

const open = firstQuestionState();
const revealed = { ...open, phase: 'REVEALED' as const };

describe('live scenario controls', () => {
  it('Next opens the vote on the run’s next step, only after the decision', () => {
    expect(applyScenarioControl(revealed, 'next', { step: 1, ended: false })).toEqual({
      ok: true,
      state: { ...open, currentIndex: 1 },
    });
    expect(applyScenarioControl(open, 'next', { step: 0, ended: false }).ok).toBe(false);
  });

  it('after the ending only End closes the lesson', () => {
    expect(applyScenarioControl(revealed, 'next', { step: 5, ended: true })).toMatchObject({ ok: false });
    expect(applyScenarioControl(revealed, 'end', { step: 5, ended: true })).toMatchObject({
      ok: true,
      state: { phase: 'ENDED' },
    });
  });

  it('refuses the quiz’s vote controls and anything after the end', () => {
    expect(applyScenarioControl(open, 'reveal', { step: 0, ended: false }).ok).toBe(false);
    expect(applyScenarioControl({ ...open, phase: 'ENDED' }, 'pause', { step: 0, ended: false }).ok).toBe(
      false,
    );
  });

  it('takes a decision only while the vote on the current step is open and not paused', () => {
    expect(decisionRefusal(open, { step: 0, ended: false })).toBeNull();
    expect(decisionRefusal(revealed, { step: 1, ended: false })).toMatch(/already taken/);
    // A stale presenter: the vote is open on another step than the run's.
    expect(decisionRefusal({ ...open, currentIndex: 0 }, { step: 1, ended: false })).toMatch(/already taken/);
    expect(decisionRefusal({ ...open, paused: true }, { step: 0, ended: false })).toMatch(/paused/);
    expect(decisionRefusal(open, { step: 3, ended: true })).toMatch(/ending/);
  });
});
