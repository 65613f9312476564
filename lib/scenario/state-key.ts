import type { TMeterHorizon } from './meter-horizon';
import type { TScenario } from './schema';
import type { TRunState } from './state';

/**
 * Encodes the parts of a run state that decide its future, for the explorer's visited set: node,
 * step, every meter (through `horizon`), every flag, which of the `relevantChoices` were made, and
 * whether and how the run ended. The key is a mixed-radix number while the product of the radices
 * stays below 2^53, because millions of numbers are far cheaper to store and compare than strings;
 * beyond that it falls back to a string, slower but equally exact.
 */
export function createStateKeyEncoder(
  scenario: TScenario,
  relevantChoices: ReadonlySet<string>,
  /** Maps meter values to representatives of the values that behave alike from here on. */
  horizon: TMeterHorizon = () => (_meterIndex, value) => value,
): (state: TRunState) => number | string {
  const nodeIndex = new Map(scenario.nodes.map((n, i) => [n.id, i]));
  const choices = [...relevantChoices];
  const radices = [
    scenario.nodes.length,
    scenario.maxSteps + 1,
    ...scenario.meters.map((m) => m.max - m.min + 1),
    ...scenario.flags.map(() => 2),
    ...choices.map(() => 2),
    3,
  ];
  const fitsNumber = radices.reduce((product, r) => product * r, 1) <= Number.MAX_SAFE_INTEGER;

  return (state) => {
    const canonical = horizon(state.nodeId, scenario.maxSteps - state.step);
    const digits = [
      nodeIndex.get(state.nodeId) ?? 0,
      state.step,
      ...scenario.meters.map((m, i) => canonical(i, state.meters[m.id] ?? m.start) - m.min),
      ...scenario.flags.map((f) => (state.flags[f.id] ? 1 : 0)),
      ...choices.map((id) => (state.log.some((e) => e.choiceId === id) ? 1 : 0)),
      state.ended ? (state.ended.reason === 'ending-reached' ? 1 : 2) : 0,
    ];
    if (!fitsNumber) return digits.join(',');
    return digits.reduce((key, digit, i) => key * (radices[i] ?? 1) + digit, 0);
  };
}
