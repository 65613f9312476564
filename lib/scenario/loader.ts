import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenarioYaml } from './parse-scenario';
import type { TScenario } from './schema';
import { processCache } from '@/lib/process-cache';

/**
 * Loads and validates every `content/scenarios/*.yaml`. Results are cached per directory: content
 * ships with the build and is read-only at run time, so each server process parses it once.
 */

export type TLoadedScenario = {
  scenario: TScenario;
  /** Content version: runs record it so a later edit never changes what a stored run means. */
  version: string;
  file: string;
};

export const DEFAULT_SCENARIO_DIR = 'content/scenarios';

const cache = processCache<ReadonlyMap<string, TLoadedScenario>>('scenarios');

export function loadScenarios(dir: string = DEFAULT_SCENARIO_DIR): ReadonlyMap<string, TLoadedScenario> {
  // Content is read at run time from the working directory; do not trace the whole project for it.
  const absolute = path.resolve(/* turbopackIgnore: true */ process.cwd(), dir);
  const cached = cache.get(absolute);
  if (cached) return cached;
  const loaded = new Map<string, TLoadedScenario>();
  const failures: string[] = [];
  for (const file of listScenarioFiles(absolute)) {
    const slug = path.basename(file, '.yaml');
    const parsed = parseScenarioYaml(readFileSync(file, 'utf8'), slug);
    if (parsed.ok)
      loaded.set(slug, { scenario: parsed.scenario, version: scenarioVersion(parsed.scenario), file });
    else failures.push(...parsed.problems.map((p) => `${path.relative(process.cwd(), file)}: ${p}`));
  }
  if (failures.length > 0) throw new Error(`invalid scenario content:\n${failures.join('\n')}`);
  cache.set(absolute, loaded);
  return loaded;
}

export function getScenario(slug: string, dir: string = DEFAULT_SCENARIO_DIR): TLoadedScenario | undefined {
  return loadScenarios(dir).get(slug);
}

export function listScenarioFiles(absoluteDir: string): string[] {
  return readdirSync(absoluteDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(absoluteDir, name));
}

/**
 * A hash of the validated scenario rather than of the file bytes: comments, formatting and key order
 * do not change it; anything the engine or the player sees does (array order included, since the
 * order of choices and endings matters).
 */
export function scenarioVersion(scenario: TScenario): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex').slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
