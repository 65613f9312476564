import type { TMeterHorizon } from './meter-horizon';
import type { TScenario } from './schema';
import type { TRunState } from './state';

/**
 * Encodes the parts of a run state that decide its future as one number, for the explorer's
 * visited set: node, step, every meter (through `horizon`), every flag, which of the
 * `relevantChoices` were made, and whether and how the run ended. It is a mixed-radix number, exact while the product of the radices
 * stays below 2^53; beyond that the encoder falls back to a string, which is slower but equally exact.
 * Numbers rather than strings keep millions of visited states cheap to store and compare.
 */
export function createStateKeyEncoder(
  scenario: TScenario,
  relevantChoices: ReadonlySet<string>,
  /** Maps meter values to representatives of the values that behave alike from here on. */
  horizon: TMeterHorizon = () => (_meterIndex, value) => value,
): (state: TRunState) => number | string {
  const nodeIndex = new Map(scenario.nodes.map((n, i) => [n.id, i]));
  const choiceBit = new Map([...relevantChoices].map((id, i) => [id, 2 ** i]));
  const endRadix = 3;
  const radices = [
    scenario.nodes.length,
    scenario.maxSteps + 1,
    ...scenario.meters.map((m) => m.max - m.min + 1),
    2 ** scenario.flags.length,
    2 ** relevantChoices.size,
    endRadix,
  ];
  const exact = radices.reduce((product, r) => product * r, 1) <= Number.MAX_SAFE_INTEGER;

  return (state) => {
    const canonical = horizon(state.nodeId, scenario.maxSteps - state.step);
    let chosen = 0;
    for (const entry of state.log) chosen |= choiceBit.get(entry.choiceId) ?? 0;
    let flags = 0;
    scenario.flags.forEach((f, i) => {
      if (state.flags[f.id]) flags |= 1 << i;
    });
    const digits = [
      nodeIndex.get(state.nodeId) ?? 0,
      state.step,
      ...scenario.meters.map((m, i) => canonical(i, state.meters[m.id] ?? m.start) - m.min),
      flags,
      chosen,
      state.ended ? (state.ended.reason === 'ending-reached' ? 1 : 2) : 0,
    ];
    if (!exact) return digits.join(',');
    let key = 0;
    digits.forEach((digit, i) => {
      key = key * (radices[i] ?? 1) + digit;
    });
    return key;
  };
}
