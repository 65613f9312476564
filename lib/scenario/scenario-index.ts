import type { TEndingNode, TMeter, TNode, TScenario } from './schema';

/** Id lookups for a scenario, built once per scenario object because the explorer calls them millions of times. */
export type TScenarioIndex = {
  nodes: ReadonlyMap<string, TNode>;
  meters: ReadonlyMap<string, TMeter>;
  /** Endings in file order: the order in which their conditions are tried. */
  endings: readonly TEndingNode[];
};

const indexes = new WeakMap<TScenario, TScenarioIndex>();

export function indexScenario(scenario: TScenario): TScenarioIndex {
  let index = indexes.get(scenario);
  if (!index) {
    index = {
      nodes: new Map(scenario.nodes.map((n) => [n.id, n])),
      meters: new Map(scenario.meters.map((m) => [m.id, m])),
      endings: scenario.nodes.filter((n): n is TEndingNode => n.kind === 'ending'),
    };
    indexes.set(scenario, index);
  }
  return index;
}
