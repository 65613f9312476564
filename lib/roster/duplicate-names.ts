/**
 * Names in a bulk list that would give the teacher two rows they cannot tell apart: a name typed
 * twice in the list, or a name already on the class roster. Compared as a teacher reads them:
 * case, accents and spacing do not make "ben  carter" a different pupil from "Ben Carter".
 */
export interface DuplicateName {
  /** As first typed in the list. */
  name: string;
  /** How many times the list has it (1 when it is only a repeat of a roster name). */
  timesInList: number;
  alreadyInClass: boolean;
}

const sameName = new Intl.Collator('en', { sensitivity: 'base' });

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

export function findDuplicateNames(list: readonly string[], roster: readonly string[]): DuplicateName[] {
  const onRoster = new Set(roster.map(nameKey));
  const seen = new Map<string, DuplicateName>();
  for (const name of list) {
    const key = nameKey(name);
    const entry = seen.get(key);
    if (entry) entry.timesInList += 1;
    else seen.set(key, { name, timesInList: 1, alreadyInClass: onRoster.has(key) });
  }
  return [...seen.values()]
    .filter((d) => d.timesInList > 1 || d.alreadyInClass)
    .sort((a, b) => sameName.compare(a.name, b.name));
}

/** The list with every duplicate left out: each name once, and none already in the class. */
export function withoutDuplicates(list: readonly string[], roster: readonly string[]): string[] {
  const taken = new Set(roster.map(nameKey));
  const kept: string[] = [];
  for (const name of list) {
    const key = nameKey(name);
    if (taken.has(key)) continue;
    taken.add(key);
    kept.push(name);
  }
  return kept;
}

/** How the teacher answered the duplicate warning: not asked yet, create them all, or leave them out. */
export const DUPLICATE_CHOICES = ['ask', 'create-all', 'skip'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];
