import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { TSourceCatalog } from './source-refs';

export const DEFAULT_SOURCES_DIR = 'content/sources';

/**
 * Reads source ids and locators straight from `content/sources/*.yaml` ({id, locators: {...}}).
 * It reads only what reference checks need, independent of the content loader. Returns null when
 * the directory does not exist, so the caller can say that references went unverified.
 */
export function readSourceCatalog(dir: string = DEFAULT_SOURCES_DIR): TSourceCatalog | null {
  if (!existsSync(dir)) return null;
  const catalog = new Map<string, ReadonlySet<string>>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))) {
    const raw: unknown = parseYaml(readFileSync(path.join(dir, name), 'utf8'));
    if (typeof raw !== 'object' || raw === null) continue;
    const { id, locators } = raw as { id?: unknown; locators?: unknown };
    if (typeof id !== 'string') continue;
    const keys = typeof locators === 'object' && locators !== null ? Object.keys(locators) : [];
    catalog.set(id, new Set(keys));
  }
  return catalog;
}
