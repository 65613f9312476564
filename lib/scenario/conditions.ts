import type { TCondition } from './condition-schema';
import type { TScenario } from './schema';

/** What a condition may look at: the current meters and flags, and which choices were made. */
export type TConditionContext = {
  meters: Readonly<Record<string, number>>;
  flags: Readonly<Record<string, boolean>>;
  hasChosen: (choiceId: string) => boolean;
};

export function evaluateCondition(condition: TCondition, context: TConditionContext): boolean {
  if ('meter' in condition) {
    const value = context.meters[condition.meter];
    if (value === undefined) return false;
    if (condition.atLeast !== undefined && value < condition.atLeast) return false;
    if (condition.atMost !== undefined && value > condition.atMost) return false;
    return true;
  }
  if ('flag' in condition) return (context.flags[condition.flag] ?? false) === (condition.is ?? true);
  if ('chose' in condition) return context.hasChosen(condition.chose);
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, context));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, context));
  return !evaluateCondition(condition.not, context);
}

export type TMeterTest = Extract<TCondition, { meter: string }>;

/** The meter tests, flags and choice ids a condition mentions, for reference checks and the explorer. */
export function conditionReferences(condition: TCondition): {
  meterTests: TMeterTest[];
  flags: string[];
  choices: string[];
} {
  const refs = { meterTests: [] as TMeterTest[], flags: [] as string[], choices: [] as string[] };
  const visit = (c: TCondition): void => {
    if ('meter' in c) refs.meterTests.push(c);
    else if ('flag' in c) refs.flags.push(c.flag);
    else if ('chose' in c) refs.choices.push(c.chose);
    else if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else visit(c.not);
  };
  visit(condition);
  return refs;
}

/** Every condition in a scenario: choice gates, conditional next branches, ending guards, claims and path notes. */
export function scenarioConditions(scenario: TScenario): TCondition[] {
  const conditions: TCondition[] = [];
  for (const node of scenario.nodes) {
    if (node.kind === 'ending') {
      if (node.when) conditions.push(node.when);
      // Claims and path notes are checked against run states, so what they mention is state too.
      for (const claim of node.claims) conditions.push(claim.holds);
      for (const note of node.debrief.pathNotes) conditions.push(note.when);
    }
    const steps = node.kind === 'decision' ? node.choices : node.kind === 'event' ? node.outcomes : [];
    for (const step of steps) {
      if ('when' in step && step.when) conditions.push(step.when);
      if (typeof step.next !== 'string') for (const b of step.next) if (b.if) conditions.push(b.if);
    }
  }
  return conditions;
}
