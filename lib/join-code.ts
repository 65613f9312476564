import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other when read aloud or off a board. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 8; // 32^8 ≈ 1.1 × 10^12 codes: not guessable within any sign-in or join rate limit.

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** What a student typed, in stored form: "abcd-2345 " → "ABCD2345"; null if it cannot be a code. */
export function normaliseJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== LENGTH || [...code].some((c) => !ALPHABET.includes(c))) return null;
  return code;
}

/** "ABCD2345" → "ABCD-2345", easier to read from a board. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
