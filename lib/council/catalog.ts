import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_COUNCIL_DIR, listCouncilFiles, parseCouncilYaml } from './parse';
import type { TCouncil } from './schema';

/** A council with the hash of its file: a session records it, so an edited file never rewrites a replay. */
export type TCouncilEntry = { council: TCouncil; version: string };

const cache = new Map<string, Map<string, TCouncilEntry>>();

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

export function getCouncil(slug: string, dir: string = DEFAULT_COUNCIL_DIR): TCouncilEntry | undefined {
  let entries = cache.get(dir);
  if (!entries) {
    entries = loadCatalog(dir);
    cache.set(dir, entries);
  }
  return entries.get(slug);
}
