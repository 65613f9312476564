import { exploreScenario, DEFAULT_STATE_LIMIT, type TExploration } from './explore';
import type { TScenario } from './schema';

export type TGraphCheck = { problems: string[]; exploration: TExploration };

/**
 * Turns an exhaustive exploration into the graph rules `scenario:check` enforces: every node and
 * ending reachable, every choice available somewhere, no dead ends, every run ends by itself within
 * maxSteps, meters stay in range, every ending claim holds on every path that reaches it and every path
 * note can show. Each problem names the node or choice it is about.
 */
export function checkScenarioGraph(scenario: TScenario, stateLimit = DEFAULT_STATE_LIMIT): TGraphCheck {
  const exploration = exploreScenario(scenario, { stateLimit });
  const problems: string[] = [];
  if (!exploration.complete) {
    problems.push(
      `state space exceeds ${stateLimit} states; coarsen meters or reduce branching so the check stays exhaustive`,
    );
    return { problems, exploration };
  }
  for (const node of scenario.nodes) {
    if (!exploration.reachedNodes.has(node.id))
      problems.push(`${node.kind === 'ending' ? 'ending' : 'node'} "${node.id}" is never reached`);
    if (node.kind !== 'decision') continue;
    for (const choice of node.choices)
      if (exploration.reachedNodes.has(node.id) && !exploration.availableSomewhere.has(choice.id))
        problems.push(`node "${node.id}" choice "${choice.id}" is never available`);
  }
  for (const nodeId of exploration.deadEnds)
    problems.push(`node "${nodeId}" can be reached with no available choice`);
  for (const nodeId of exploration.stepLimitCutoffs)
    problems.push(
      `a path through node "${nodeId}" reaches maxSteps (${scenario.maxSteps}) without an ending`,
    );
  for (const node of scenario.nodes) {
    if (node.kind !== 'ending' || !exploration.reachedEndings.has(node.id)) continue;
    const broken = exploration.brokenClaims.get(node.id);
    node.claims.forEach((claim, i) => {
      if (broken?.has(i))
        problems.push(`ending "${node.id}" says "${claim.says}", but a reachable path ends there without it`);
    });
    const shown = exploration.shownPathNotes.get(node.id);
    node.debrief.pathNotes.forEach((note, i) => {
      if (!shown?.has(i))
        problems.push(
          `ending "${node.id}" path note ${i + 1} is never shown: no run ending there meets its condition`,
        );
    });
  }
  for (const meter of scenario.meters) {
    const range = exploration.meterRanges.get(meter.id);
    if (!range || range.min < meter.min || range.max > meter.max)
      problems.push(`meter "${meter.id}" leaves its range [${meter.min}, ${meter.max}]`);
  }
  return { problems, exploration };
}
