import { conditionReferences, scenarioConditions } from './conditions';
import type { TEffects, TNext, TScenario } from './schema';

/**
 * Why some meter values are interchangeable for the explorer.
 *
 * Conditions only ever compare a meter with fixed bounds. Seen from a node with `stepsLeft` steps
 * to go, a meter can still rise by at most `rise` and fall by at most `fall` (the largest totals of
 * positive and negative deltas along any remaining path). A value so high that even after falling
 * by `fall` it stays at or above every bound decides every future comparison the same way as any
 * higher value; the same holds below the lowest bound. Clamped addition is monotone, and the
 * ceiling is at least that high, so clamping cannot break this. Values outside the window can
 * therefore share one memo key without changing which nodes, choices and endings are reachable.
 */

/** Seen from one node and step budget: the memo-key value standing for `value` of meter `meterIndex`. */
export type TCanonicalMeter = (meterIndex: number, value: number) => number;

export type TMeterHorizon = (nodeId: string, stepsLeft: number) => TCanonicalMeter;

export function createMeterHorizon(scenario: TScenario): TMeterHorizon {
  const meterIds = scenario.meters.map((m) => m.id);
  const bounds = meterIds.map((id) => decidingBounds(scenario, id));
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, { rise: number[]; fall: number[] }>();

  /** Largest total rise and fall of each meter over any path of at most `stepsLeft` steps from `nodeId`. */
  const swing = (nodeId: string, stepsLeft: number): { rise: number[]; fall: number[] } => {
    const key = `${nodeId}|${stepsLeft}`;
    const cached = memo.get(key);
    if (cached) return cached;
    const result = { rise: meterIds.map(() => 0), fall: meterIds.map(() => 0) };
    const node = nodes.get(nodeId);
    const transitions: { effects: TEffects; next: TNext }[] =
      stepsLeft <= 0 || !node
        ? []
        : node.kind === 'decision'
          ? node.choices
          : node.kind === 'event'
            ? node.outcomes
            : [];
    for (const { effects, next } of transitions) {
      for (const target of typeof next === 'string' ? [next] : next.map((b) => b.goto)) {
        const after = swing(target, stepsLeft - 1);
        meterIds.forEach((id, i) => {
          const delta = effects.meters?.[id] ?? 0;
          result.rise[i] = Math.max(result.rise[i] ?? 0, Math.max(delta, 0) + (after.rise[i] ?? 0));
          result.fall[i] = Math.max(result.fall[i] ?? 0, Math.max(-delta, 0) + (after.fall[i] ?? 0));
        });
      }
    }
    memo.set(key, result);
    return result;
  };

  return (nodeId, stepsLeft) => {
    const { rise, fall } = swing(nodeId, stepsLeft);
    return (meterIndex, value) => {
      const meterBounds = bounds[meterIndex];
      // A meter no condition reads never changes what happens: all its values are alike.
      if (!meterBounds) return scenario.meters[meterIndex]?.min ?? 0;
      const ceiling = meterBounds.high + (fall[meterIndex] ?? 0);
      const floor = meterBounds.low - (rise[meterIndex] ?? 0);
      return Math.min(Math.max(value, floor), ceiling);
    };
  };
}

/**
 * For one meter: `high` is the least value from which every comparison in the scenario comes out as
 * for any higher value, `low` the greatest value from which every comparison comes out as for any
 * lower value. Null when no condition reads the meter.
 */
function decidingBounds(scenario: TScenario, meterId: string): { low: number; high: number } | null {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const condition of scenarioConditions(scenario)) {
    for (const test of conditionReferences(condition).meterTests) {
      if (test.meter !== meterId) continue;
      // `atLeast t` splits values at t-1 | t; `atMost t` splits them at t | t+1.
      if (test.atLeast !== undefined)
        [low, high] = [Math.min(low, test.atLeast - 1), Math.max(high, test.atLeast)];
      if (test.atMost !== undefined)
        [low, high] = [Math.min(low, test.atMost), Math.max(high, test.atMost + 1)];
    }
  }
  return Number.isFinite(high) ? { low, high } : null;
}
