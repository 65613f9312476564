/**
 * Checks on a request's headers that every write path shares: JSON route handlers through
 * readJsonBody (lib/http/json-body.ts), server actions and next-auth through proxy.ts. Pure, so the
 * proxy and the route handlers apply one rule.
 */

/** JSON route handlers: every body the app sends is a few hundred bytes; 16 KiB is generous. */
export const JSON_BODY_MAX_BYTES = 16 * 1024;
/** Server actions (forms, a bulk list of 60 names) and next-auth's form posts. */
export const FORM_BODY_MAX_BYTES = 64 * 1024;

export type GuardRefusal = { status: 403 | 413 | 415; reason: string; error: string };

/**
 * A state-changing request must come from a page of this app. Browsers send Origin on every POST
 * (and Sec-Fetch-Site on every request); either naming another site is refused. A request with
 * neither comes from no browser, so it cannot carry a victim's cookie by accident.
 */
export function crossOriginRefusal(headers: Headers, allowedOrigins: readonly string[]): GuardRefusal | null {
  const origin = headers.get('origin');
  const fetchSite = headers.get('sec-fetch-site');
  const refused: GuardRefusal = {
    status: 403,
    reason: 'cross-origin',
    error: 'This request must come from a page of this site.',
  };
  if (origin !== null) return allowedOrigins.includes(origin) ? null : refused;
  if (fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none') return refused;
  return null;
}

/** The origins a page of this app can have: the configured public URL and the Host it was asked on. */
export function allowedOriginsFor(headers: Headers, publicUrl: string | undefined): string[] {
  const origins: string[] = [];
  if (publicUrl) {
    try {
      origins.push(new URL(publicUrl).origin);
    } catch {
      // an invalid NEXTAUTH_URL stops start-up elsewhere (lib/env.ts)
    }
  }
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  if (host && /^[a-z0-9.:[\]-]+$/i.test(host))
    origins.push(`${proto === 'https' ? 'https' : 'http'}://${host}`);
  return origins;
}

/** A declared Content-Length over the cap is refused before a byte of the body is read. */
export function declaredLengthRefusal(headers: Headers, maxBytes: number): GuardRefusal | null {
  const declared = headers.get('content-length');
  if (declared === null) return null;
  const bytes = Number(declared);
  if (!/^\d+$/.test(declared.trim()) || bytes > maxBytes)
    return { status: 413, reason: 'too-large', error: `The request body is larger than ${maxBytes} bytes.` };
  return null;
}

/** JSON routes take application/json only: a text/plain "simple request" cannot reach them from another site. */
export function jsonContentTypeRefusal(headers: Headers): GuardRefusal | null {
  const type = headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return null;
  return { status: 415, reason: 'unsupported-media-type', error: 'Send the body as application/json.' };
}
