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

/** e.g. "heron-4821": matches the username rule of lib/auth/schemas (lower-case, 3–32 chars). */
export function newPseudonymousUsername(): string {
  return `${word()}-${digits(4)}`;
}

/**
 * e.g. "maple-7302-otter": about 2^31 possibilities, which only has to survive until first
 * sign-in (the sign-in rate limit allows a handful of tries per account), and ≥ 10 characters as
 * ZPassword requires.
 */
export function newOneTimePassword(): string {
  return `${word()}-${digits(4)}-${word()}`;
}

/** One display name a line; blank lines dropped, surrounding space trimmed, duplicates kept (two Alexes). */
export function parseNameList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line.length > 0);
}
