import { formatJoinCode, normaliseJoinCode } from '@/lib/join-code';

/** The invite path for a stored join code: "ABCD2345" → "/join/ABCD-2345" (readable if typed from a board). */
export function joinPath(code: string): string {
  return `/join/${formatJoinCode(code)}`;
}

/** The invite link a teacher pastes into a message or shows as a QR code. */
export function joinUrl(origin: string, code: string): string {
  return new URL(joinPath(code), origin).toString();
}

/** Where a code typed into the landing page's box goes; null when it cannot be a code. */
export function joinPathFromTyped(typed: string): string | null {
  const code = normaliseJoinCode(typed);
  return code ? joinPath(code) : null;
}
