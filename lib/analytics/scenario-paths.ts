import { compareIds, orderIds } from '@/lib/analytics/id-order';
import type { DecisionRow, RunRow } from '@/lib/analytics/rows';
import { shareOf } from '@/lib/analytics/statistics';

export interface ChoiceShare {
  choiceId: string;
  /** Distinct runs that made this choice at the node. */
  runs: number;
  /** runs / runs that reached the node. */
  share: number;
}

export interface NodeChoiceStats {
  nodeId: string;
  /** Distinct runs that decided at the node, plus unfinished runs waiting at it. */
  reachedRuns: number;
  /** Unfinished runs waiting at the node without having chosen. */
  undecidedRuns: number;
  /** Most chosen first, then by id. */
  choices: ChoiceShare[];
}

export interface EndingShare {
  endingId: string;
  runs: number;
  /** runs / all runs of the scenario, so endings plus unfinished add up to 1. */
  share: number;
}

export interface ScenarioPathStats {
  runCount: number;
  /** In the order the story reaches them: earliest step first, then by id. */
  nodes: NodeChoiceStats[];
  /** Known endings first (in the given order, even at zero), then other reached endings sorted. */
  endings: EndingShare[];
  unfinished: { runs: number; share: number };
}

export interface ScenarioPathInput {
  scenarioSlug: string;
  /** The population, e.g. a class's runs; decisions of runs not listed here are ignored. */
  runs: readonly RunRow[];
  decisions: readonly DecisionRow[];
  /** The scenario's endings, so an ending nobody reached still shows as 0. */
  endingIds?: readonly string[];
}

interface NodeTally {
  /** Earliest step any run decided here; orders nodes roughly as the story unfolds. */
  firstStep: number;
  decided: Set<string>;
  waiting: Set<string>;
  /** choice id → runs that chose it here. */
  choices: Map<string, Set<string>>;
}

/**
 * Choice shares per node and the distribution of endings. A choice's share is the number of
 * distinct runs choosing it over the number of distinct runs that reached the node. A run that
 * passes a node twice counts once in `reachedRuns` and once for each distinct choice it made there,
 * so on looping graphs the shares of a node may add up to more than 1; with undecided runs they add
 * up to less.
 */
export function scenarioPathStats({
  scenarioSlug,
  runs,
  decisions,
  endingIds = [],
}: ScenarioPathInput): ScenarioPathStats {
  const scenarioRuns = runs.filter((r) => r.scenarioSlug === scenarioSlug);
  const runIds = new Set(scenarioRuns.map((r) => r.runId));
  const counted = decisions.filter((d) => d.scenarioSlug === scenarioSlug && runIds.has(d.runId));

  const nodes = new Map<string, NodeTally>();
  const nodeFor = (nodeId: string): NodeTally => {
    let node = nodes.get(nodeId);
    if (!node) {
      node = { firstStep: Infinity, decided: new Set(), waiting: new Set(), choices: new Map() };
      nodes.set(nodeId, node);
    }
    return node;
  };
  for (const d of counted) {
    const node = nodeFor(d.nodeId);
    node.firstStep = Math.min(node.firstStep, d.step);
    node.decided.add(d.runId);
    const choosers = node.choices.get(d.choiceId) ?? new Set<string>();
    node.choices.set(d.choiceId, choosers.add(d.runId));
  }
  for (const r of scenarioRuns) {
    if (r.endingId === null && r.currentNodeId) nodeFor(r.currentNodeId).waiting.add(r.runId);
  }

  const nodeStats = [...nodes]
    .sort(([aId, a], [bId, b]) => a.firstStep - b.firstStep || compareIds(aId, bId))
    .map(([nodeId, node]): NodeChoiceStats => {
      const reached = new Set([...node.decided, ...node.waiting]);
      const undecided = [...node.waiting].filter((id) => !node.decided.has(id)).length;
      const choices = [...node.choices]
        .map(([choiceId, choosers]) => ({
          choiceId,
          runs: choosers.size,
          share: shareOf(choosers.size, reached.size),
        }))
        .sort((a, b) => b.runs - a.runs || compareIds(a.choiceId, b.choiceId));
      return { nodeId, reachedRuns: reached.size, undecidedRuns: undecided, choices };
    });

  return {
    runCount: scenarioRuns.length,
    nodes: nodeStats,
    endings: endingShares(scenarioRuns, endingIds),
    unfinished: unfinishedShare(scenarioRuns),
  };
}

function endingShares(runs: readonly RunRow[], endingIds: readonly string[]): EndingShare[] {
  const counts = new Map<string, number>(endingIds.map((id) => [id, 0]));
  for (const r of runs) if (r.endingId !== null) counts.set(r.endingId, (counts.get(r.endingId) ?? 0) + 1);
  return orderIds(endingIds, counts.keys()).map((endingId) => {
    const n = counts.get(endingId) ?? 0;
    return { endingId, runs: n, share: shareOf(n, runs.length) };
  });
}

function unfinishedShare(runs: readonly RunRow[]): { runs: number; share: number } {
  const n = runs.filter((r) => r.endingId === null).length;
  return { runs: n, share: shareOf(n, runs.length) };
}
