import 'server-only';
import { randomInt } from 'node:crypto';

/**
 * Pseudonymous usernames and one-time passwords for pupils without email. Usernames never contain
 * the pupil's real name (the teacher keeps the mapping on the printed cards), and both are made
 * of short, unambiguous words so a child can type them from a card.
 */

const WORDS = [
  'amber',
  'aspen',
  'badger',
  'birch',
  'bison',
  'cedar',
  'comet',
  'coral',
  'crane',
  'delta',
  'eagle',
  'ember',
  'falcon',
  'fern',
  'finch',
  'fjord',
  'gecko',
  'glade',
  'harbor',
  'hazel',
  'heron',
  'island',
  'jasper',
  'kestrel',
  'lagoon',
  'lark',
  'lemur',
  'lynx',
  'maple',
  'meadow',
  'otter',
  'owl',
  'panda',
  'pebble',
  'pine',
  'plover',
  'quartz',
  'raven',
  'reef',
  'river',
  'robin',
  'sable',
  'sparrow',
  'spruce',
  'stone',
  'swift',
  'thrush',
  'tiger',
  'tulip',
  'walnut',
  'willow',
  'wren',
  'yarrow',
  'zephyr',
] as const;

function word(): string {
  return WORDS[randomInt(WORDS.length)] ?? 'owl';
}

function digits(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String(randomInt(10));
  return out;
}

/** e.g. "heron-4821": matches the username rule of lib/accounts/schemas (lower-case, 3–32 chars). */
export function newPseudonymousUsername(): string {
  return `${word()}-${digits(4)}`;
}

/** How many different one-time passwords newOneTimePassword can make: 54³ × 10⁸ ≈ 1.6 × 10¹³. */
export const ONE_TIME_PASSWORD_SPACE = WORDS.length ** 3 * 10 ** 8;

/**
 * e.g. "maple-7302-otter-1946-heron": three words and two groups of four digits, about 2^43.8
 * possibilities (log2 of ONE_TIME_PASSWORD_SPACE), so guessing one is hopeless within the sign-in
 * limits even before it is replaced at first sign-in; short words and digit groups a child can copy
 * from a card; ≥ 10 characters as ZPassword requires.
 */
export function newOneTimePassword(): string {
  return `${word()}-${digits(4)}-${word()}-${digits(4)}-${word()}`;
}

/** One display name a line; blank lines dropped, surrounding space trimmed, duplicates kept (two Alexes). */
export function parseNameList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line.length > 0);
}
