import type { TScenario } from './schema';

/** Source ids mapped to the locators each source defines (`article` → p1..p4). */
export type TSourceCatalog = ReadonlyMap<string, ReadonlySet<string>>;

/** Every `sourceId#locator` a scenario cites, with where it is cited. */
export function listSourceRefs(scenario: TScenario): { ref: string; where: string }[] {
  const refs: { ref: string; where: string }[] = [];
  const add = (sources: readonly string[], where: string): void => {
    for (const ref of sources) refs.push({ ref, where });
  };
  add(scenario.sources, 'briefing');
  for (const node of scenario.nodes) {
    add(node.sources, `node "${node.id}"`);
    if (node.kind === 'decision')
      for (const c of node.choices) add(c.sources, `node "${node.id}" choice "${c.id}"`);
    if (node.kind === 'event')
      for (const o of node.outcomes) add(o.sources, `node "${node.id}" outcome "${o.id}"`);
    if (node.kind === 'ending')
      node.debrief.record.forEach((claim, i) =>
        add(claim.sources, `ending "${node.id}" debrief record ${i + 1}`),
      );
  }
  return refs;
}

export function findUnknownSourceRefs(scenario: TScenario, catalog: TSourceCatalog): string[] {
  return listSourceRefs(scenario).flatMap(({ ref, where }) => {
    const [sourceId = '', locator = ''] = ref.split('#');
    const locators = catalog.get(sourceId);
    if (!locators) return [`${where}: unknown source "${sourceId}" in "${ref}"`];
    if (!locators.has(locator)) return [`${where}: source "${sourceId}" has no locator "${locator}"`];
    return [];
  });
}
