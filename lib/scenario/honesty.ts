import type { TScenario } from './schema';

/**
 * Wording rules for what a scenario invents. A consequence (what follows a choice or an event) is the
 * designers' invention, so when it gives a named real government a reaction it must say "in this run";
 * otherwise a student could take an invented attitude for a recorded one. Composite delegations
 * ("the cautious delegations") need no label. Decision and event texts are not checked here: they
 * describe the sourced situation and cite it.
 */

/** Ways the scenarios name real governments other than the player's own side. */
export const NAMED_GOVERNMENTS = [
  'Washington',
  'Berlin',
  'Paris',
  'London',
  'Budapest',
  'Ankara',
  'Moscow',
  'the United States',
  'the US government',
  "Germany's government",
  'the German government',
] as const;

const IN_THIS_RUN = /\bin this run\b/i;

function namesGovernment(text: string): string | undefined {
  return NAMED_GOVERNMENTS.find((name) => new RegExp(`\\b${name}\\b`).test(text));
}

/** One problem per consequence that gives a named government a reaction without "in this run". */
export function findUnlabelledReactions(scenario: TScenario): string[] {
  const problems: string[] = [];
  for (const node of scenario.nodes) {
    const steps = node.kind === 'decision' ? node.choices : node.kind === 'event' ? node.outcomes : [];
    for (const step of steps) {
      const named = namesGovernment(step.consequence);
      if (named && !IN_THIS_RUN.test(step.consequence))
        problems.push(
          `node "${node.id}" ${node.kind === 'decision' ? 'choice' : 'outcome'} "${step.id}": the consequence ` +
            `gives ${named} a reaction no source records; say "in this run" or use a composite`,
        );
    }
  }
  return problems;
}
