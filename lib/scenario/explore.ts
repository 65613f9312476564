import { conditionReferences, evaluateCondition, scenarioConditions } from './conditions';
import { availableChoices, startState } from './engine';
import { indexScenario } from './scenario-index';
import { createMeterHorizon } from './meter-horizon';
import { createStateKeyEncoder } from './state-key';
import { CONTINUE_CHOICE_ID, type TScenario } from './schema';
import type { TRunState } from './state';
import { advance, conditionContext } from './transition';

/**
 * Exhaustive search of a scenario's reachable run states, for `scenario:check`.
 *
 * Why it terminates: a state is (node, meters, flags, relevant earlier choices, step). Meters are
 * integers clamped to finite ranges, flags and choices are finite sets, and `step` never exceeds
 * maxSteps because the engine ends every run there. The space is therefore finite, and a
 * depth-first search that memoises visited states visits each at most once.
 *
 * Which choices matter: only choices named by some `chose` condition can change future behaviour,
 * so only those enter the memo key; the rest of the log is history, not state. Likewise meter values
 * that no remaining path can bring back across a condition's bound share a key (meter-horizon.ts),
 * which keeps the search small without changing any reachability result.
 *
 * Randomness: instead of drawing, the search follows every outcome of every event. That is an
 * over-approximation of what one seed can do, which makes the safety results sound (if every
 * explored path ends in time and stays in range, every real run does). The reachability results
 * (every node, ending and choice can occur) assume any sequence of outcomes is possible under some
 * seed; with a 32-bit generator state and at most a few draws per run, that holds in practice,
 * and `scenario:simulate` confirms it by counting what random play actually reaches.
 */

export type TExploration = {
  statesVisited: number;
  /** False when the search stopped at the state limit; its other results are then partial. */
  complete: boolean;
  reachedNodes: Set<string>;
  /** Choices that were available in at least one reachable state. */
  availableSomewhere: Set<string>;
  reachedEndings: Set<string>;
  /** Longest number of steps to an ending. */
  longestPath: number;
  /** Fewest and most decisions (event draws excluded) on a path from start to an ending. */
  decisionsPerPath: { min: number; max: number };
  /** Decision nodes reached in a state where no choice is available. */
  deadEnds: Set<string>;
  /** Nodes from which a run was cut off at maxSteps instead of reaching an ending. */
  stepLimitCutoffs: Set<string>;
  /** Meter extremes over the states visited (merged states are not revisited, so this is a lower bound). */
  meterRanges: Map<string, { min: number; max: number }>;
  /** Per ending, the claims (by index) that fail on at least one reachable path ending there. */
  brokenClaims: Map<string, Set<number>>;
  /** Per ending, the path notes (by index) that some reachable run ending there would see. */
  shownPathNotes: Map<string, Set<number>>;
};

export const DEFAULT_STATE_LIMIT = 3_000_000;

export type TExploreOptions = {
  stateLimit?: number;
  /** Keep every meter value distinct instead of merging values that behave alike (see meter-horizon.ts). */
  exact?: boolean;
};

export function exploreScenario(scenario: TScenario, options: TExploreOptions = {}): TExploration {
  const stateLimit = options.stateLimit ?? DEFAULT_STATE_LIMIT;
  const index = indexScenario(scenario);
  // Only choices named by a `chose` condition can change what happens later.
  const namedChoices = new Set(scenarioConditions(scenario).flatMap((c) => conditionReferences(c).choices));
  const keyOf = createStateKeyEncoder(
    scenario,
    namedChoices,
    options.exact ? undefined : createMeterHorizon(scenario),
  );
  const meterLows = scenario.meters.map((m) => m.start);
  const meterHighs = scenario.meters.map((m) => m.start);
  const result: TExploration = {
    statesVisited: 0,
    complete: true,
    reachedNodes: new Set(),
    availableSomewhere: new Set(),
    reachedEndings: new Set(),
    longestPath: 0,
    decisionsPerPath: { min: Number.POSITIVE_INFINITY, max: 0 },
    deadEnds: new Set(),
    stepLimitCutoffs: new Set(),
    meterRanges: new Map(),
    brokenClaims: new Map(),
    shownPathNotes: new Map(),
  };
  const visited = new Set<number | string>();

  const visit = (state: TRunState): void => {
    if (!result.complete) return;
    const key = keyOf(state);
    if (visited.has(key)) return;
    visited.add(key);
    if (visited.size > stateLimit) {
      result.complete = false;
      return;
    }
    result.statesVisited = visited.size;
    result.reachedNodes.add(state.nodeId);
    scenario.meters.forEach((m, i) => {
      const value = state.meters[m.id] ?? Number.NaN;
      meterLows[i] = Math.min(meterLows[i] ?? value, value);
      meterHighs[i] = Math.max(meterHighs[i] ?? value, value);
    });
    if (state.ended) {
      result.reachedEndings.add(state.nodeId);
      checkEndingText(state);
      result.longestPath = Math.max(result.longestPath, state.step);
      const decisions = state.log.filter((e) => e.outcomeId === undefined).length;
      result.decisionsPerPath = {
        min: Math.min(result.decisionsPerPath.min, decisions),
        max: Math.max(result.decisionsPerPath.max, decisions),
      };
      return;
    }
    const node = index.nodes.get(state.nodeId);
    if (node?.kind === 'event') {
      for (const outcome of node.outcomes) {
        const entry = { nodeId: node.id, choiceId: CONTINUE_CHOICE_ID, outcomeId: outcome.id };
        const { effects, next } = outcome;
        follow(node.id, advance(state, scenario, { entry, effects, next, rngState: state.rngState }));
      }
    } else if (node?.kind === 'decision') {
      const available = availableChoices(state, scenario);
      if (available.length === 0) result.deadEnds.add(node.id);
      for (const { id } of available) {
        const choice = node.choices.find((c) => c.id === id);
        if (!choice) continue;
        result.availableSomewhere.add(id);
        const entry = { nodeId: node.id, choiceId: choice.id };
        const { effects, next } = choice;
        follow(node.id, advance(state, scenario, { entry, effects, next, rngState: state.rngState }));
      }
    }
  };

  // Claims must hold on every path that ends here; a path note must show on at least one. Every
  // condition they mention is part of the memo key (scenarioConditions), so merged states agree on them.
  const checkEndingText = (state: TRunState): void => {
    const ending = index.nodes.get(state.nodeId);
    if (ending?.kind !== 'ending') return;
    const context = conditionContext(state);
    ending.claims.forEach((claim, i) => {
      if (evaluateCondition(claim.holds, context)) return;
      const broken = result.brokenClaims.get(ending.id) ?? new Set<number>();
      result.brokenClaims.set(ending.id, broken.add(i));
    });
    ending.debrief.pathNotes.forEach((note, i) => {
      if (!evaluateCondition(note.when, context)) return;
      const shown = result.shownPathNotes.get(ending.id) ?? new Set<number>();
      result.shownPathNotes.set(ending.id, shown.add(i));
    });
  };

  // Cut-offs are recorded on the edge, before the memo check, because different nodes can lead to
  // the same cut-off state and each of them is a path that needs fixing.
  const follow = (fromNodeId: string, state: TRunState): void => {
    if (state.ended?.reason === 'step-limit') result.stepLimitCutoffs.add(fromNodeId);
    visit(state);
  };

  visit(startState(scenario, 0));
  scenario.meters.forEach((m, i) =>
    result.meterRanges.set(m.id, { min: meterLows[i] ?? m.start, max: meterHighs[i] ?? m.start }),
  );
  return result;
}
