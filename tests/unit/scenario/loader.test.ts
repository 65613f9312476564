import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getScenario, loadScenarios, scenarioVersion } from '@/lib/scenario/loader';
import { ZScenario } from '@/lib/scenario/schema';

describe('loadScenarios', () => {
  it('loads every scenario in content/scenarios by slug, once per directory', () => {
    const loaded = loadScenarios();
    expect([...loaded.keys()].sort()).toEqual(['the-envoy', 'the-table']);
    expect(loadScenarios()).toBe(loaded);
    expect(getScenario('the-table')?.scenario.title).toBe('The Table');
    expect(getScenario('no-such-scenario')).toBeUndefined();
  });

  it('gives each scenario a version that follows its content, not its formatting', () => {
    const envoy = getScenario('the-envoy');
    if (!envoy) throw new Error('the-envoy is missing');
    expect(envoy.version).toMatch(/^[0-9a-f]{16}$/);
    expect(scenarioVersion(structuredClone(envoy.scenario))).toBe(envoy.version);
    const edited = structuredClone(envoy.scenario);
    edited.briefing = `${edited.briefing} One more sentence.`;
    expect(scenarioVersion(edited)).not.toBe(envoy.version);
  });

  it('gives the same version whatever order the keys were written in', () => {
    const raw: unknown = parse(readFileSync('content/scenarios/the-table.yaml', 'utf8'));
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    expect(scenarioVersion(ZScenario.parse(reversed(raw)))).toBe(getScenario('the-table')?.version);
  });

  describe('with invalid content', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scenarios-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('throws naming the file and the problem', () => {
      const envoy = readFileSync('content/scenarios/the-envoy.yaml', 'utf8');
      writeFileSync(path.join(dir, 'the-envoy.yaml'), envoy.replace('next: answer-rutte', 'next: nowhere'));
      expect(() => loadScenarios(dir)).toThrow(
        /the-envoy\.yaml: node "plan-centrepiece" choice "invitation-first": next target "nowhere" does not exist/,
      );
    });
  });
});
