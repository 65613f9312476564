import { safeCallbackPath } from '@/lib/safe-redirect';
import {
  FORM_BODY_MAX_BYTES,
  crossOriginRefusal,
  declaredLengthRefusal,
  type GuardRefusal,
} from './request-guards';

/**
 * What proxy.ts refuses before Next.js routes a request, so malformed input gets a clear 4xx and
 * never a framework 500 or its error text (issue 9, row 7). Pure: headers, method and URL in,
 * a refusal or null out.
 */
export type Refusal = GuardRefusal | { status: 400 | 405; reason: string; error: string };

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
export const ALLOWED_METHODS = [...METHODS].join(', ');

export interface ScreenInput {
  method: string;
  url: URL;
  headers: Headers;
  allowedOrigins: readonly string[];
}

export function screenRequest({ method, url, headers, allowedOrigins }: ScreenInput): Refusal | null {
  if (!METHODS.has(method))
    return { status: 405, reason: 'method', error: `Method not allowed. Use one of ${ALLOWED_METHODS}.` };
  if (!decodes(url.pathname))
    return { status: 400, reason: 'bad-path', error: 'The address has broken percent-encoding.' };
  if (headers.has('next-action')) return screenServerAction(method, headers, allowedOrigins);
  if (url.pathname.startsWith('/api/auth/')) return screenNextAuth(method, url, headers, allowedOrigins);
  if (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS')
    return declaredLengthRefusal(headers, FORM_BODY_MAX_BYTES);
  return null;
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Server actions are POSTs from the app's own pages with a small body. */
function screenServerAction(method: string, headers: Headers, allowedOrigins: readonly string[]) {
  if (method !== 'POST')
    return { status: 405, reason: 'method', error: 'Server actions are called with POST.' } as const;
  return crossOriginRefusal(headers, allowedOrigins) ?? declaredLengthRefusal(headers, FORM_BODY_MAX_BYTES);
}

/**
 * next-auth turns an unparsable callbackUrl into a 500 and shows its error text for a GET of the
 * credentials callback. Only same-origin destinations are meaningful here anyway.
 */
function screenNextAuth(method: string, url: URL, headers: Headers, allowedOrigins: readonly string[]) {
  if (method === 'GET' && /^\/api\/auth\/(callback|signin)\/credentials\/?$/.test(url.pathname))
    return { status: 405, reason: 'method', error: 'Sign in from the sign-in page.' } as const;
  const callbackUrl = url.searchParams.get('callbackUrl');
  if (callbackUrl !== null && !acceptableCallback(callbackUrl, allowedOrigins))
    return {
      status: 400,
      reason: 'bad-callback',
      error: 'callbackUrl must be a path on this site.',
    } as const;
  if (method === 'POST')
    return crossOriginRefusal(headers, allowedOrigins) ?? declaredLengthRefusal(headers, FORM_BODY_MAX_BYTES);
  return null;
}

function acceptableCallback(value: string, allowedOrigins: readonly string[]): boolean {
  if (safeCallbackPath(value, '') !== '') return true;
  try {
    const absolute = new URL(value);
    return allowedOrigins.includes(absolute.origin) && safeCallbackPath(absolute.pathname, '') !== '';
  } catch {
    return false;
  }
}
