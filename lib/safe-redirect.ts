/**
 * The one redirect rule: a post-sign-in destination is a path on this app's own origin, or the
 * fallback. Browsers drop TAB/CR/LF from URLs and read "\" as "/", so "/\t/evil.example" or "/\\evil"
 * would leave the site (issue 9, row 3): any control character or backslash is refused outright,
 * and what remains is parsed against the origin and kept only if the origin did not change.
 */
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f-\u009f\\]/;
// Only the comparison of origins matters: a path that stays on this stand-in stays on any origin.
const STAND_IN_ORIGIN = 'https://open-door.invalid';

export function safeCallbackPath(value: string | null | undefined, fallback = '/home'): string {
  if (!value || value.length > 2048 || !value.startsWith('/') || CONTROL_OR_BACKSLASH.test(value))
    return fallback;
  let decoded: string;
  try {
    // An encoded control character or backslash is refused too, in case something decodes it later.
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  if (CONTROL_OR_BACKSLASH.test(decoded) || decoded.startsWith('//')) return fallback;
  let url: URL;
  try {
    url = new URL(value, STAND_IN_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== STAND_IN_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
