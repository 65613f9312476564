import type { TCondition } from './condition-schema';
import { conditionReferences, scenarioConditions } from './conditions';
import type { TEffects, TNext, TScenario } from './schema';

/**
 * Reference integrity of a scenario whose parts are individually well-formed: every id it uses
 * exists, ids are unique, conditions can be both true and false, and there is exactly one fallback
 * ending. Each message names the node and choice it is about, so an author can find it.
 */
export function findReferenceProblems(scenario: TScenario): string[] {
  const problems: string[] = [];
  const meters = new Map(scenario.meters.map((m) => [m.id, m]));
  const flags = new Set(scenario.flags.map((f) => f.id));
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const choiceIds = new Set(
    scenario.nodes.flatMap((n) => (n.kind === 'decision' ? n.choices.map((c) => c.id) : [])),
  );

  reportDuplicates(
    scenario.meters.map((m) => m.id),
    'meter',
    problems,
  );
  reportDuplicates(
    scenario.flags.map((f) => f.id),
    'flag',
    problems,
  );
  reportDuplicates(
    scenario.nodes.flatMap((n) => [
      n.id,
      ...(n.kind === 'decision' ? n.choices.map((c) => c.id) : []),
      ...(n.kind === 'event' ? n.outcomes.map((o) => o.id) : []),
    ]),
    'node, choice or outcome',
    problems,
  );

  const startNode = nodes.get(scenario.start);
  if (!startNode) problems.push(`start node "${scenario.start}" does not exist`);
  else if (startNode.kind === 'ending') problems.push(`start node "${scenario.start}" is an ending`);

  const checkCondition = (condition: TCondition, where: string): void => {
    const refs = conditionReferences(condition);
    for (const id of refs.flags) if (!flags.has(id)) problems.push(`${where}: unknown flag "${id}"`);
    for (const id of refs.choices) if (!choiceIds.has(id)) problems.push(`${where}: unknown choice "${id}"`);
    for (const c of refs.meterTests) {
      const meter = meters.get(c.meter);
      if (!meter) {
        problems.push(`${where}: unknown meter "${c.meter}"`);
        continue;
      }
      // A bound at or beyond the meter's range makes the test constant: almost always an authoring slip.
      if (c.atLeast !== undefined && (c.atLeast <= meter.min || c.atLeast > meter.max))
        problems.push(`${where}: "${c.meter}" atLeast ${c.atLeast} must lie in (${meter.min}, ${meter.max}]`);
      if (c.atMost !== undefined && (c.atMost < meter.min || c.atMost >= meter.max))
        problems.push(`${where}: "${c.meter}" atMost ${c.atMost} must lie in [${meter.min}, ${meter.max})`);
      if (c.atLeast !== undefined && c.atMost !== undefined && c.atLeast > c.atMost)
        problems.push(`${where}: "${c.meter}" atLeast ${c.atLeast} exceeds atMost ${c.atMost}`);
    }
  };

  const checkEffects = (effects: TEffects, where: string): void => {
    for (const [id, delta] of Object.entries(effects.meters ?? {})) {
      const meter = meters.get(id);
      if (!meter) problems.push(`${where}: effect on unknown meter "${id}"`);
      else if (delta === 0 || Math.abs(delta) > meter.max - meter.min)
        problems.push(`${where}: effect ${delta} on "${id}" must be non-zero and within the meter's range`);
    }
    for (const id of Object.keys(effects.flags ?? {}))
      if (!flags.has(id)) problems.push(`${where}: effect on unknown flag "${id}"`);
  };

  const checkNext = (next: TNext, where: string): void => {
    for (const branch of typeof next === 'string' ? [{ goto: next }] : next) {
      if (!nodes.has(branch.goto)) problems.push(`${where}: next target "${branch.goto}" does not exist`);
      if ('if' in branch && branch.if) checkCondition(branch.if, `${where} (next)`);
    }
  };

  for (const node of scenario.nodes) {
    if (node.kind === 'decision') {
      for (const choice of node.choices) {
        const where = `node "${node.id}" choice "${choice.id}"`;
        if (choice.when) checkCondition(choice.when, `${where} (when)`);
        checkEffects(choice.effects, where);
        checkNext(choice.next, where);
      }
    } else if (node.kind === 'event') {
      for (const outcome of node.outcomes) {
        const where = `node "${node.id}" outcome "${outcome.id}"`;
        checkEffects(outcome.effects, where);
        checkNext(outcome.next, where);
      }
    } else if (node.when) checkCondition(node.when, `ending "${node.id}" (when)`);
  }

  // A flag no condition reads cannot change anything: usually a typo or a leftover.
  const readFlags = new Set(scenarioConditions(scenario).flatMap((c) => conditionReferences(c).flags));
  for (const flag of scenario.flags)
    if (!readFlags.has(flag.id)) problems.push(`flag "${flag.id}" is never read by any condition`);

  const endings = scenario.nodes.filter((n) => n.kind === 'ending');
  const fallbacks = endings.filter((e) => e.when === undefined);
  if (fallbacks.length !== 1)
    problems.push(`there must be exactly one fallback ending (without "when"), found ${fallbacks.length}`);
  else if (endings[endings.length - 1] !== fallbacks[0])
    problems.push(`the fallback ending "${fallbacks[0]?.id}" must be the last ending in the file`);

  return problems;
}

function reportDuplicates(ids: string[], what: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`duplicate ${what} id "${id}"`);
    seen.add(id);
  }
}
