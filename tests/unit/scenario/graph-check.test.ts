import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TCondition } from '@/lib/scenario/condition-schema';
import { exploreScenario, type TExploration } from '@/lib/scenario/explore';
import { checkScenarioGraph } from '@/lib/scenario/graph-check';
import { ZScenario, type TNext, type TScenarioInput } from '@/lib/scenario/schema';
import { fixtureScenario } from './fixture';

type TNodeInput = TScenarioInput['nodes'][number];
type TDecisionInput = Extract<TNodeInput, { kind: 'decision' }>;

function decision(input: TScenarioInput, id: string): TDecisionInput {
  const found = input.nodes.find((n): n is TDecisionInput => n.id === id && n.kind === 'decision');
  if (!found) throw new Error(`fixture has no decision ${id}`);
  return found;
}

/** The fixture without its press-again loop, which only the step limit can end. */
function withoutLoop(input: TScenarioInput): void {
  const talks = decision(input, 'talks');
  talks.choices = talks.choices.filter((c) => c.id !== 'press-again');
  // Keep `gamble` reachable: without the loop, unity reaches 6 only if it starts higher.
  const unity = input.meters.find((m) => m.id === 'unity');
  if (unity) unity.start = 6;
}

describe('checkScenarioGraph', () => {
  it('passes a scenario in which every path ends by itself and everything is reachable', () => {
    const { problems, exploration } = checkScenarioGraph(fixtureScenario(withoutLoop));
    expect(problems).toEqual([]);
    expect(exploration.reachedEndings).toEqual(new Set(['deal', 'crisis', 'stall']));
    expect(exploration.longestPath).toBe(4);
  });

  it('reports a loop that only the step limit ends', () => {
    const { problems } = checkScenarioGraph(fixtureScenario());
    expect(problems).toContain('a path through node "talks" reaches maxSteps (8) without an ending');
  });

  it('reports unreachable nodes and endings', () => {
    const { problems } = checkScenarioGraph(
      fixtureScenario((input) => {
        withoutLoop(input);
        for (const c of decision(input, 'summit').choices) c.next = 'stall';
      }),
    );
    // Without the deal, crisis was only reachable through the summit's fall-through as well.
    expect(problems).toEqual(['ending "deal" is never reached', 'ending "crisis" is never reached']);
  });

  it('reports a choice whose condition never holds', () => {
    const { problems } = checkScenarioGraph(
      fixtureScenario((input) => {
        withoutLoop(input);
        const gamble = decision(input, 'opening').choices.find((c) => c.id === 'gamble');
        if (gamble) gamble.when = { meter: 'unity', atLeast: 9 };
      }),
    );
    expect(problems).toEqual(['node "opening" choice "gamble" is never available']);
  });

  it('reports a decision that can be reached with no available choice', () => {
    const { problems } = checkScenarioGraph(
      fixtureScenario((input) => {
        withoutLoop(input);
        for (const c of decision(input, 'summit').choices) c.when = { flag: 'pushed', is: false };
      }),
    );
    expect(problems).toContain('node "summit" can be reached with no available choice');
  });

  it('says so instead of passing when the state space exceeds the limit', () => {
    const { problems, exploration } = checkScenarioGraph(fixtureScenario(withoutLoop), 3);
    expect(exploration.complete).toBe(false);
    expect(problems[0]).toMatch(/^state space exceeds 3 states/);
  });
});

describe('merging meter values that behave alike', () => {
  const verdicts = (e: TExploration) => ({
    reachedNodes: e.reachedNodes,
    availableSomewhere: e.availableSomewhere,
    reachedEndings: e.reachedEndings,
    deadEnds: e.deadEnds,
    stepLimitCutoffs: e.stepLimitCutoffs,
    longestPath: e.longestPath,
  });

  it('visits fewer states but reaches the same verdicts on the fixture', () => {
    const scenario = fixtureScenario();
    const exact = exploreScenario(scenario, { exact: true });
    const merged = exploreScenario(scenario);
    expect(merged.statesVisited).toBeLessThan(exact.statesVisited);
    expect(verdicts(merged)).toEqual(verdicts(exact));
  });

  it('reaches the same verdicts as the exact search on random scenarios, loops included', () => {
    let mergedSomething = 0;
    fc.assert(
      fc.property(arbitraryScenario(), (input) => {
        const scenario = ZScenario.parse(input);
        const merged = exploreScenario(scenario);
        const exact = exploreScenario(scenario, { exact: true });
        expect(verdicts(merged)).toEqual(verdicts(exact));
        if (merged.statesVisited < exact.statesVisited) mergedSomething++;
      }),
      { numRuns: Number(process.env.SCENARIO_PROPERTY_RUNS ?? 300) },
    );
    // The comparison means something only if merging actually happened in many of the scenarios.
    expect(mergedSomething).toBeGreaterThan(30);
  });
});

// Wide meters with bounds in a narrow band around the start, so that runs drift beyond every bound
// and the merging is actually exercised.
const METERS = [
  { id: 'a', min: 0, max: 20, start: 10, band: [8, 12] },
  { id: 'b', min: 0, max: 10, start: 3, band: [1, 5] },
];
const DECISIONS = ['n0', 'n1', 'n2', 'n3'];
const CHOICE_IDS = DECISIONS.flatMap((n) => [`${n}-x`, `${n}-y`]);
// Decisions are listed twice so that runs tend to last several steps before ending.
const TARGETS = [...DECISIONS, ...DECISIONS, 'event', 'end-a', 'end-b', 'end-z'];

function arbitraryCondition(): fc.Arbitrary<TCondition> {
  const meterTest = fc.constantFrom(...METERS).chain((m) =>
    fc.oneof(
      fc.integer({ min: m.band[0], max: m.band[1] }).map((t): TCondition => ({ meter: m.id, atLeast: t })),
      fc.integer({ min: m.band[0], max: m.band[1] }).map((t): TCondition => ({ meter: m.id, atMost: t })),
    ),
  );
  const simple = fc.oneof(
    meterTest,
    meterTest,
    fc.boolean().map((is): TCondition => ({ flag: 'f', is })),
    fc.constantFrom(...CHOICE_IDS).map((chose): TCondition => ({ chose })),
  );
  return fc.oneof(
    simple,
    fc.tuple(simple, simple).map(([x, y]): TCondition => ({ any: [x, y] })),
  );
}

type TStepDraft = {
  deltas: { a: number; b: number };
  flag: boolean | undefined;
  next: TNext;
  when: TCondition | undefined;
};

/** Small random scenarios: four decisions and an event wired at random, so loops and dead ends occur. */
function arbitraryScenario(): fc.Arbitrary<TScenarioInput> {
  const cite = { obstacles: ['allied-consensus' as const], sources: ['article#p1'] };
  const target = fc.constantFrom(...TARGETS);
  const next: fc.Arbitrary<TNext> = fc.oneof(
    target,
    fc
      .tuple(arbitraryCondition(), target, target)
      .map(([condition, then, otherwise]) => [{ if: condition, goto: then }, { goto: otherwise }]),
  );
  const step: fc.Arbitrary<TStepDraft> = fc.record({
    deltas: fc.record({ a: fc.integer({ min: -3, max: 3 }), b: fc.integer({ min: -2, max: 2 }) }),
    flag: fc.option(fc.boolean(), { nil: undefined }),
    next,
    when: fc.option(arbitraryCondition(), { nil: undefined }),
  });
  // Zero deltas are not allowed in content, so they are dropped rather than generated around.
  const effects = (draft: TStepDraft) => ({
    meters: Object.fromEntries(Object.entries(draft.deltas).filter(([, delta]) => delta !== 0)),
    ...(draft.flag === undefined ? {} : { flags: { f: draft.flag } }),
  });
  const ending = (id: string, when?: TCondition): TNodeInput => ({
    id,
    kind: 'ending',
    title: id,
    text: id,
    ...(when ? { when } : {}),
    ...cite,
    debrief: { inReality: id, record: [{ claim: 'fact', text: id, sources: ['article#p1'] }] },
  });
  return fc
    .record({
      choices: fc.array(fc.tuple(step, step), { minLength: DECISIONS.length, maxLength: DECISIONS.length }),
      outcomes: fc.tuple(step, step),
      endingA: arbitraryCondition(),
      endingB: arbitraryCondition(),
    })
    .map(({ choices, outcomes, endingA, endingB }): TScenarioInput => ({
      slug: 'random',
      title: 'Random',
      asOf: '2024-10',
      role: 'Role.',
      briefing: 'Briefing.',
      sources: ['article#p1'],
      maxSteps: 6,
      start: 'n0',
      meters: METERS.map(({ id, min, max, start }) => ({
        id,
        min,
        max,
        start,
        label: id,
        good: 'high' as const,
        description: id,
      })),
      flags: [{ id: 'f', description: 'A flag.' }],
      nodes: [
        ...DECISIONS.map((id, i): TNodeInput => ({
          id,
          kind: 'decision',
          title: id,
          text: id,
          ...cite,
          choices: (choices[i] ?? []).map((draft, j) => ({
            id: `${id}-${j === 0 ? 'x' : 'y'}`,
            label: 'Choice',
            consequence: 'Consequence.',
            effects: effects(draft),
            next: draft.next,
            ...(draft.when ? { when: draft.when } : {}),
            ...cite,
          })),
        })),
        {
          id: 'event',
          kind: 'event',
          title: 'Event',
          text: 'Event.',
          ...cite,
          outcomes: [
            {
              id: 'out-1',
              label: 'One',
              consequence: 'One.',
              weight: 1,
              effects: effects(outcomes[0]),
              next: outcomes[0].next,
              ...cite,
            },
            {
              id: 'out-2',
              label: 'Two',
              consequence: 'Two.',
              weight: 2,
              effects: effects(outcomes[1]),
              next: outcomes[1].next,
              ...cite,
            },
          ],
        },
        ending('end-a', endingA),
        // The flag must be read somewhere, or the schema rejects the scenario.
        ending('end-b', { any: [endingB, { flag: 'f' }] }),
        ending('end-z'),
      ],
    }));
}
