import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYamlFile } from '@/lib/content/parse-yaml-file';
import { ZCouncil, type TCouncil } from './schema';

export const DEFAULT_COUNCIL_DIR = 'content/councils';

export type TParsedCouncil = { ok: true; council: TCouncil } | { ok: false; problems: string[] };

/** Parses one council file; problems name the item (`seats.2.brief.redLines: ...`). */
export function parseCouncilYaml(text: string, expectedSlug: string): TParsedCouncil {
  const parsed = parseYamlFile(
    text,
    expectedSlug,
    ZCouncil,
    (_raw, i) => `${i.path.length > 0 ? i.path.join('.') : 'council'}: ${i.message}`,
  );
  return parsed.ok ? { ok: true, council: parsed.value } : parsed;
}

export function listCouncilFiles(dir: string = DEFAULT_COUNCIL_DIR): string[] {
  const absolute = path.resolve(/* turbopackIgnore: true */ process.cwd(), dir);
  return readdirSync(absolute)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(absolute, name));
}

/** Loads every council, throwing with every problem when one is invalid (content ships with the build). */
export function loadCouncils(dir: string = DEFAULT_COUNCIL_DIR): Map<string, TCouncil> {
  const councils = new Map<string, TCouncil>();
  const failures: string[] = [];
  for (const file of listCouncilFiles(dir)) {
    const parsed = parseCouncilYaml(readFileSync(file, 'utf8'), path.basename(file, '.yaml'));
    if (parsed.ok) councils.set(parsed.council.slug, parsed.council);
    else failures.push(...parsed.problems.map((p) => `${path.basename(file)}: ${p}`));
  }
  if (failures.length > 0) throw new Error(`invalid council content:\n${failures.join('\n')}`);
  return councils;
}
