import type { TScenario } from './schema';
import { indexScenario } from './scenario-index';

/** How much of a scenario's range a student has seen: "you found 2 of 5 endings". */
export type TEndingsFound = { found: number; total: number };

/** Distinct endings of this scenario among the ones a student reached (removed endings do not count). */
export function endingsFound(
  scenario: TScenario,
  reachedEndingIds: readonly (string | null)[],
): TEndingsFound {
  const endings = new Set(indexScenario(scenario).endings.map((e) => e.id));
  const found = new Set(reachedEndingIds.filter((id): id is string => id !== null && endings.has(id)));
  return { found: found.size, total: endings.size };
}
