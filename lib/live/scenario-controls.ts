import { applyControl, type TControlResult, type TLiveControl, type TLiveState } from './controls';

/**
 * The teacher's controls in a live scenario lesson, pure. The class votes while the decision is
 * OPEN; taking a decision (a separate action, with the choice) shows its consequence (REVEALED);
 * Next opens the vote on the run's next step, unless the run has reached its ending, which only End
 * closes. Pause, Resume and End work as in a quiz lesson; the quiz's vote controls do not apply.
 */

export type TRunPosition = { step: number; ended: boolean };

export function applyScenarioControl(
  state: TLiveState,
  control: TLiveControl,
  run: TRunPosition,
): TControlResult {
  if (state.phase === 'ENDED') return { ok: false, reason: 'This live lesson has ended.' };
  switch (control) {
    case 'next':
      if (state.phase !== 'REVEALED') return { ok: false, reason: 'Take this decision first.' };
      if (run.ended) return { ok: false, reason: 'The scenario has reached its ending; end the lesson.' };
      return { ok: true, state: { ...state, phase: 'OPEN', currentIndex: run.step, paused: false } };
    case 'pause':
    case 'resume':
    case 'end':
      return applyControl(state, control, 0);
    default:
      return { ok: false, reason: 'That control is for quiz lessons.' };
  }
}

/** Whether the teacher may take the decision now: the vote is open on the run's current step. */
export function decisionRefusal(state: TLiveState, run: TRunPosition): string | null {
  if (state.phase === 'ENDED') return 'This live lesson has ended.';
  if (run.ended) return 'The scenario has reached its ending.';
  if (state.phase !== 'OPEN' || state.currentIndex !== run.step) return 'This decision is already taken.';
  if (state.paused) return 'The lesson is paused; resume it first.';
  return null;
}
