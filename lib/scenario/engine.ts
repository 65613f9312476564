import { evaluateCondition } from './conditions';
import { drawWeighted, seedToRngState } from './random';
import { indexScenario } from './scenario-index';
import { CONTINUE_CHOICE_ID, type TScenario } from './schema';
import type { TRunState } from './state';
import { advance, conditionContext } from './transition';

/**
 * The scenario engine: a pure, deterministic reducer over run states.
 *
 * How events advance: an event node is a step of its own. It offers exactly one choice,
 * "continue"; when the player takes it, the outcome is drawn from the run's seeded generator, its
 * effects apply and its next node follows. The player therefore reads the event before its outcome
 * is known, every draw appears in the log, and replaying the same choice ids from the same seed
 * reproduces every draw.
 */

export type TAvailableChoice = { id: string; label: string };

export type TApplyError =
  /** The run already reached an ending. */
  | 'run-ended'
  /** The id is not a choice of the current node (e.g. a stale or forged submission). */
  | 'unknown-choice'
  /** The choice exists here but its condition does not hold in this run. */
  | 'unavailable-choice'
  /** The state points at a node this scenario does not have (e.g. content changed under the run). */
  | 'unknown-node';

export type TApplyResult = { ok: true; state: TRunState } | { ok: false; reason: TApplyError };

export type TReplayResult =
  { ok: true; state: TRunState } | { ok: false; reason: TApplyError; failedAt: number; state: TRunState };

export function startState(scenario: TScenario, seed: number): TRunState {
  return {
    nodeId: scenario.start,
    meters: Object.fromEntries(scenario.meters.map((m) => [m.id, m.start])),
    flags: Object.fromEntries(scenario.flags.map((f) => [f.id, f.start])),
    log: [],
    rngState: seedToRngState(seed),
    step: 0,
  };
}

/** The choices the player may take now, in file order; none once the run has ended. */
export function availableChoices(state: TRunState, scenario: TScenario): TAvailableChoice[] {
  if (state.ended) return [];
  const node = indexScenario(scenario).nodes.get(state.nodeId);
  if (node?.kind === 'event') return [{ id: CONTINUE_CHOICE_ID, label: node.continueLabel }];
  if (node?.kind !== 'decision') return [];
  const context = conditionContext(state);
  return node.choices
    .filter((c) => c.when === undefined || evaluateCondition(c.when, context))
    .map((c) => ({ id: c.id, label: c.label }));
}

export function applyChoice(state: TRunState, choiceId: string, scenario: TScenario): TApplyResult {
  if (state.ended) return { ok: false, reason: 'run-ended' };
  const node = indexScenario(scenario).nodes.get(state.nodeId);
  if (!node || node.kind === 'ending') return { ok: false, reason: 'unknown-node' };

  if (node.kind === 'event') {
    if (choiceId !== CONTINUE_CHOICE_ID) return { ok: false, reason: 'unknown-choice' };
    const drawn = drawWeighted(node.outcomes, state.rngState);
    const entry = { nodeId: node.id, choiceId, outcomeId: drawn.item.id };
    const { effects, next } = drawn.item;
    return { ok: true, state: advance(state, scenario, { entry, effects, next, rngState: drawn.rngState }) };
  }

  const choice = node.choices.find((c) => c.id === choiceId);
  if (!choice) return { ok: false, reason: 'unknown-choice' };
  if (choice.when && !evaluateCondition(choice.when, conditionContext(state)))
    return { ok: false, reason: 'unavailable-choice' };
  const entry = { nodeId: node.id, choiceId };
  const { effects, next } = choice;
  return { ok: true, state: advance(state, scenario, { entry, effects, next, rngState: state.rngState }) };
}

/** Replays choice ids (as recorded in a log) from a seed; identical inputs give an identical state. */
export function replay(scenario: TScenario, seed: number, choiceIds: readonly string[]): TReplayResult {
  let state = startState(scenario, seed);
  for (const [position, choiceId] of choiceIds.entries()) {
    const result = applyChoice(state, choiceId, scenario);
    if (!result.ok) return { ok: false, reason: result.reason, failedAt: position, state };
    state = result.state;
  }
  return { ok: true, state };
}
