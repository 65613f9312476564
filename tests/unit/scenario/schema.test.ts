import { describe, expect, it } from 'vitest';
import { parseScenarioYaml } from '@/lib/scenario/parse-scenario';
import { ZScenario, type TScenarioInput } from '@/lib/scenario/schema';
import { fixtureInput } from './fixture';

function problemsAfter(change: (input: TScenarioInput) => void): string[] {
  const input = fixtureInput();
  change(input);
  const result = ZScenario.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

/** The node with this id in an input, for editing a fixture in place. */
function node(input: TScenarioInput, id: string) {
  const found = input.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`fixture has no node ${id}`);
  return found;
}

function firstChoice(input: TScenarioInput, nodeId: string) {
  const found = node(input, nodeId);
  if (found.kind !== 'decision' || !found.choices[0]) throw new Error(`${nodeId} is not a decision`);
  return found.choices[0];
}

describe('ZScenario', () => {
  it('accepts the fixture and fills defaults', () => {
    const scenario = ZScenario.parse(fixtureInput());
    const news = scenario.nodes.find((n) => n.id === 'news');
    expect(news?.kind === 'event' && news.continueLabel).toBe('See what happens');
    const invite = scenario.nodes
      .flatMap((n) => (n.kind === 'decision' ? n.choices : []))
      .find((c) => c.id === 'invite');
    expect(invite?.effects).toEqual({});
  });

  it('rejects a next target that does not exist', () => {
    expect(problemsAfter((input) => (firstChoice(input, 'opening').next = 'nowhere'))).toContain(
      'node "opening" choice "press": next target "nowhere" does not exist',
    );
  });

  it('rejects effects and conditions on unknown meters, flags and choices', () => {
    const problems = problemsAfter((input) => {
      const choice = firstChoice(input, 'opening');
      choice.effects = { meters: { morale: 1 }, flags: { secret: true } };
      choice.when = { any: [{ chose: 'teleport' }, { flag: 'ghost' }] };
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'node "opening" choice "press": effect on unknown meter "morale"',
        'node "opening" choice "press": effect on unknown flag "secret"',
        'node "opening" choice "press" (when): unknown choice "teleport"',
        'node "opening" choice "press" (when): unknown flag "ghost"',
      ]),
    );
  });

  it('rejects meter bounds that make a condition constant', () => {
    expect(
      problemsAfter((input) => (firstChoice(input, 'opening').when = { meter: 'unity', atLeast: 0 })),
    ).toContain('node "opening" choice "press" (when): "unity" atLeast 0 must lie in (0, 10]');
    expect(
      problemsAfter((input) => (firstChoice(input, 'opening').when = { meter: 'unity', atMost: 10 })),
    ).toContain('node "opening" choice "press" (when): "unity" atMost 10 must lie in [0, 10)');
  });

  it('rejects duplicate ids across nodes, choices and outcomes', () => {
    expect(problemsAfter((input) => (firstChoice(input, 'opening').id = 'talks'))).toContain(
      'duplicate node, choice or outcome id "talks"',
    );
  });

  it('requires exactly one fallback ending, placed last', () => {
    expect(
      problemsAfter((input) => {
        const stall = node(input, 'stall');
        if (stall.kind === 'ending') stall.when = { meter: 'risk', atLeast: 2 };
      }),
    ).toContain('there must be exactly one fallback ending (without "when"), found 0');
    expect(
      problemsAfter((input) => {
        const deal = node(input, 'deal');
        if (deal.kind === 'ending') delete deal.when;
      }),
    ).toContain('there must be exactly one fallback ending (without "when"), found 2');
    expect(
      problemsAfter((input) => {
        const stall = input.nodes.splice(
          input.nodes.findIndex((n) => n.id === 'stall'),
          1,
        );
        input.nodes.splice(4, 0, ...stall);
      }),
    ).toContain('the fallback ending "stall" must be the last ending in the file');
  });

  it('requires a conditional next to end with exactly one default', () => {
    expect(
      problemsAfter(
        (input) => (firstChoice(input, 'opening').next = [{ if: { flag: 'pushed' }, goto: 'talks' }]),
      ),
    ).toContain('a conditional next lists {if, goto} branches and ends with one {goto} default');
  });

  it('rejects a flag that no condition reads', () => {
    expect(
      problemsAfter((input) => input.flags?.push({ id: 'unused', description: 'Never read.' })),
    ).toContain('flag "unused" is never read by any condition');
  });

  it('reserves the continue id for events', () => {
    expect(problemsAfter((input) => (firstChoice(input, 'opening').id = 'continue'))).toContain(
      '"continue" is reserved for events',
    );
  });

  it('requires every choice to name an obstacle and cite a source', () => {
    expect(problemsAfter((input) => (firstChoice(input, 'opening').sources = []))).toContain(
      'cite at least one source',
    );
    expect(problemsAfter((input) => (firstChoice(input, 'opening').obstacles = []))).toContain(
      'name at least one obstacle',
    );
  });
});

describe('parseScenarioYaml', () => {
  it('reports problems by node and choice id rather than by array position', () => {
    const input = fixtureInput();
    firstChoice(input, 'talks').label = '';
    const result = parseScenarioYaml(JSON.stringify(input), 'fixture');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^node "talks" choice "consult" label: /);
  });

  it('requires the slug to match the file name', () => {
    expect(parseScenarioYaml(JSON.stringify(fixtureInput()), 'other')).toEqual({
      ok: false,
      problems: ['slug "fixture" must match the file name "other"'],
    });
  });

  it('reports invalid YAML instead of throwing', () => {
    const result = parseScenarioYaml('nodes: [unclosed', 'fixture');
    expect(!result.ok && result.problems[0]).toMatch(/^invalid YAML: /);
  });
});
