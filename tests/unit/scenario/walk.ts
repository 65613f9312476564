import { applyChoice, availableChoices, startState } from '@/lib/scenario/engine';
import type { TScenario } from '@/lib/scenario/schema';
import type { TRunState } from '@/lib/scenario/state';

/**
 * Plays a run choosing `picks[i] % available` at step i, and returns every state on the way.
 * Throws if the engine offers no choice or rejects one it offered, so callers see engine bugs.
 */
export function walk(
  scenario: TScenario,
  seed: number,
  picks: readonly number[],
  stopAfter = Infinity,
): TRunState[] {
  const states = [startState(scenario, seed)];
  for (let step = 0; step < stopAfter; step++) {
    const state = states[states.length - 1];
    if (!state || state.ended) break;
    const choices = availableChoices(state, scenario);
    const choice = choices[(picks[step % Math.max(picks.length, 1)] ?? 0) % Math.max(choices.length, 1)];
    if (!choice) throw new Error(`no choice available at "${state.nodeId}"`);
    const result = applyChoice(state, choice.id, scenario);
    if (!result.ok) throw new Error(`offered choice "${choice.id}" was rejected: ${result.reason}`);
    states.push(result.state);
  }
  return states;
}
