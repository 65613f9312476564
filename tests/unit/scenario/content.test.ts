import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findCopiedRuns } from '@/lib/content/no-copy';
import { checkScenarioGraph } from '@/lib/scenario/graph-check';
import { loadScenarios } from '@/lib/scenario/loader';
import { OBSTACLE_IDS } from '@/lib/scenario/obstacles';
import { listScenarioProse } from '@/lib/scenario/scenario-prose';
import { readSourceCatalog } from '@/lib/scenario/source-catalog';
import { findUnknownSourceRefs } from '@/lib/scenario/source-refs';

/** The requirements the issue sets for the shipped scenarios, so CI keeps them true after edits. */
describe.each([...loadScenarios().values()].map((l) => [l.scenario.slug, l.scenario] as const))(
  '%s',
  (_slug, scenario) => {
    const { problems, exploration } = checkScenarioGraph(scenario);

    it('passes the graph check', () => {
      expect(problems).toEqual([]);
    });

    it('has at least 10 decisions on every path, 4 endings and 4 meters', () => {
      expect(exploration.decisionsPerPath.min).toBeGreaterThanOrEqual(10);
      expect(scenario.nodes.filter((n) => n.kind === 'ending').length).toBeGreaterThanOrEqual(4);
      expect(scenario.meters.length).toBeGreaterThanOrEqual(4);
    });

    it('cites only sources and locators that exist in content/sources', () => {
      const catalog = readSourceCatalog();
      expect(catalog).not.toBeNull();
      expect(findUnknownSourceRefs(scenario, catalog ?? new Map())).toEqual([]);
    });

    it('never repeats eight or more consecutive words of the article', () => {
      const copied = listScenarioProse(scenario).flatMap(({ where, text }) =>
        findCopiedRuns(text).map((run) => `${where}: ${run.excerpt}`),
      );
      expect(copied).toEqual([]);
    });
  },
);

describe('obstacle ids', () => {
  it('are exactly the topic ids of content/topics.yaml', () => {
    const { topics } = parse(readFileSync('content/topics.yaml', 'utf8')) as { topics: { id: string }[] };
    expect(topics.map((t) => t.id).sort()).toEqual([...OBSTACLE_IDS].sort());
  });
});

describe('findUnknownSourceRefs', () => {
  it('reports unknown sources and unknown locators with where they are cited', () => {
    const scenario = loadScenarios().get('the-envoy')?.scenario;
    if (!scenario) throw new Error('the-envoy is missing');
    const catalog = new Map([['article', new Set(['p1', 'p2'])]]);
    const problems = findUnknownSourceRefs(scenario, catalog);
    expect(problems).toContain('briefing: source "article" has no locator "p3"');
    expect(problems).toContain(
      'briefing: unknown source "rutte-takes-office" in "rutte-takes-office#office"',
    );
  });
});
