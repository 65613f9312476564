import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_COUNCIL_DIR, listCouncilFiles, parseCouncilYaml } from './parse';
import type { TCouncil } from './schema';
import { processCache } from '@/lib/process-cache';

/** A council with the hash of its file: a session records it, so an edited file never rewrites a replay. */
export type TCouncilEntry = { council: TCouncil; version: string };

const cache = processCache<Map<string, TCouncilEntry>>('councils');

function loadCatalog(dir: string): Map<string, TCouncilEntry> {
  const entries = new Map<string, TCouncilEntry>();
  for (const file of listCouncilFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const parsed = parseCouncilYaml(text, path.basename(file, '.yaml'));
    if (!parsed.ok) throw new Error(`invalid council content:\n${parsed.problems.join('\n')}`);
    const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
    entries.set(parsed.council.slug, { council: parsed.council, version });
  }
  return entries;
}

/** Every council with its version, parsed once per process. */
export function councilCatalog(dir: string = DEFAULT_COUNCIL_DIR): ReadonlyMap<string, TCouncilEntry> {
  let entries = cache.get(dir);
  if (!entries) {
    entries = loadCatalog(dir);
    cache.set(dir, entries);
  }
  return entries;
}

export function getCouncil(slug: string, dir: string = DEFAULT_COUNCIL_DIR): TCouncilEntry | undefined {
  return councilCatalog(dir).get(slug);
}
