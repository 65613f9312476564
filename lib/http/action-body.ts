import { FORM_BODY_MAX_BYTES } from './request-guards';
import type { Refusal } from './request-screen';

/**
 * A server action's body, checked in proxy.ts before Next.js decodes it: Next.js answers 500 for
 * a body it cannot decode (issue 9, row 7). React sends the arguments either as one JSON array
 * (text/plain) or as multipart form data; anything else, or anything over the cap, is refused.
 * proxy.ts reads a buffered copy (experimental.proxyClientMaxBodySize), so the cap holds in memory.
 */
export async function serverActionBodyRefusal(request: Request): Promise<Refusal | null> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  const bad: Refusal = {
    status: 400,
    reason: 'bad-body',
    error: 'The form could not be read. Reload the page.',
  };
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    const bytes = await request
      .clone()
      .arrayBuffer()
      .catch(() => null);
    if (bytes === null) return bad;
    if (bytes.byteLength > FORM_BODY_MAX_BYTES) return tooLarge();
    const parsed = await request.formData().catch(() => null);
    if (parsed === null) return bad;
    // React names every part of a reply by number ("0" is the arguments, "_1_name" a FormData field);
    // any other name ("", " ", "\u0000" read as part 0) makes Next.js's decoder throw (a 500).
    for (const key of parsed.keys()) if (!REPLY_PART_NAME.test(key)) return bad;
    // Part "0" holds the arguments; the app's forms refer from it only to a form ("$K1", whose fields
    // are the "1_…" parts). Any other reference ("$@0", "$F1": another part, a server function)
    // makes React's decoder throw (a 500) or reach for a server function no form passes.
    const root = parsed.get('0');
    if (typeof root !== 'string') return null;
    try {
      const args: unknown = JSON.parse(root);
      return Array.isArray(args) && !hasDanglingReference(args, FORM_REFERENCE) ? null : bad;
    } catch {
      return bad;
    }
  }
  if (type !== 'text/plain') return bad;
  const text = await request.text().catch(() => null);
  if (text === null) return bad;
  if (new TextEncoder().encode(text).byteLength > FORM_BODY_MAX_BYTES) return tooLarge();
  try {
    const args: unknown = JSON.parse(text);
    return Array.isArray(args) && !hasDanglingReference(args) ? null : bad;
  } catch {
    return bad;
  }
}

/**
 * React escapes a user's string that starts with "$" as "$$…"; an unescaped "$…" is a reference to
 * another part of a multipart reply, which a text/plain body has none of, so React's decoder throws
 * (a 500). Only the self-contained special values may appear: undefined, NaN, ±Infinity, -0,
 * dates ($D…) and big integers ($n…).
 */
const SELF_CONTAINED = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n)/;

const REPLY_PART_NAME = /^_?\d+(_|$)/;
/** A FormData argument of a multipart reply: its fields are the parts named "<n>_…". */
const FORM_REFERENCE = /^\$K\d+$/;

function hasDanglingReference(value: unknown, allowed?: RegExp): boolean {
  const dangling = (inner: unknown): boolean => hasDanglingReference(inner, allowed);
  if (typeof value === 'string')
    return value.startsWith('$') && !SELF_CONTAINED.test(value) && !(allowed?.test(value) ?? false);
  if (Array.isArray(value)) return value.some(dangling);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([key, inner]) => dangling(key) || dangling(inner));
  return false;
}

function tooLarge(): Refusal {
  return {
    status: 413,
    reason: 'too-large',
    error: `The request body is larger than ${FORM_BODY_MAX_BYTES} bytes.`,
  };
}
