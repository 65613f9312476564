import { evaluateCondition, type TConditionContext } from './conditions';
import { applyEffects } from './effects';
import { indexScenario, type TScenarioIndex } from './scenario-index';
import type { TEffects, TEndingNode, TNext, TScenario } from './schema';
import type { TLogEntry, TRunState } from './state';

/**
 * The one transition every step goes through, shared by the engine (which draws event outcomes
 * from the seeded generator) and the graph explorer (which follows every outcome). Order matters:
 * effects apply first, so a conditional next and the ending selection see the updated state.
 */
export function advance(
  state: TRunState,
  scenario: TScenario,
  step: { entry: TLogEntry; effects: TEffects; next: TNext; rngState: number },
): TRunState {
  const index = indexScenario(scenario);
  const changed = applyEffects(state.meters, state.flags, step.effects, index.meters);
  const moved: TRunState = {
    nodeId: state.nodeId,
    ...changed,
    log: [...state.log, step.entry],
    rngState: step.rngState,
    step: state.step + 1,
  };
  const context = conditionContext(moved);
  const target = index.nodes.get(resolveNext(step.next, context));
  if (!target) throw new Error(`scenario "${scenario.slug}" was not validated: a next target is missing`);
  if (target.kind === 'ending') {
    moved.nodeId = selectEnding(index, context, target).id;
    moved.ended = { reason: 'ending-reached' };
  } else if (moved.step >= scenario.maxSteps) {
    moved.nodeId = selectEnding(index, context).id;
    moved.ended = { reason: 'step-limit' };
  } else moved.nodeId = target.id;
  return moved;
}

export function conditionContext(state: TRunState): TConditionContext {
  return {
    meters: state.meters,
    flags: state.flags,
    hasChosen: (choiceId) => state.log.some((entry) => entry.choiceId === choiceId),
  };
}

/** A plain id, or the first branch whose condition holds (the last branch is the default). */
export function resolveNext(next: TNext, context: TConditionContext): string {
  if (typeof next === 'string') return next;
  // The schema guarantees a final default branch, so `find` succeeds on validated content; the
  // empty id otherwise makes `advance` report the unvalidated scenario.
  return next.find((b) => b.if === undefined || evaluateCondition(b.if, context))?.goto ?? '';
}

/**
 * The ending a run stops at: the targeted ending if its condition holds, otherwise the first ending
 * in file order whose condition holds. The last ending is the fallback without a condition, so the
 * search always succeeds.
 */
export function selectEnding(
  index: TScenarioIndex,
  context: TConditionContext,
  target?: TEndingNode,
): TEndingNode {
  const holds = (ending: TEndingNode): boolean =>
    ending.when === undefined || evaluateCondition(ending.when, context);
  if (target && holds(target)) return target;
  const selected = index.endings.find(holds);
  if (!selected) throw new Error('scenario was not validated: it has no fallback ending');
  return selected;
}
