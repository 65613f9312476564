import { NextResponse, type NextRequest } from 'next/server';
import { sessionIdleMinutes } from '@/lib/env';
import { judgeSessionCookie, sessionCookieName } from '@/lib/auth/session-refresh';
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from '@/lib/http/csp';
import { serverActionBodyRefusal } from '@/lib/http/action-body';
import { allowedOriginsFor } from '@/lib/http/request-guards';
import { ALLOWED_METHODS, screenRequest, type Refusal } from '@/lib/http/request-screen';
import { notFoundPageScriptHashes, staticPageScriptHashes } from '@/lib/http/static-page-hashes';
import { REQUESTED_PATH_HEADER } from '@/lib/auth/requested-path-header';

/**
 * Runs before every page, route handler and server action (not static files). It never decides
 * who may do what — that is requireUser() in lib/auth/session.ts — it only:
 *  1. refuses malformed requests with a clear 4xx (lib/http/request-screen.ts);
 *  2. keeps the session cookie's idle clock (lib/auth/session-refresh.ts);
 *  3. sets the Content-Security-Policy (nonce per request, or the hashes of a prerendered page) and HSTS;
 *  4. tells the app which page was asked for (REQUESTED_PATH_HEADER), for sign-in redirects.
 */
export async function proxy(request: NextRequest) {
  const publicUrl = process.env.NEXTAUTH_URL;
  const refusal = screenRequest({
    method: request.method,
    url: new URL(request.url),
    headers: request.headers,
    allowedOrigins: allowedOriginsFor(request.headers, publicUrl),
  });
  if (refusal) return refuse(refusal);
  if (request.headers.has('next-action')) {
    const bodyRefusal = await serverActionBodyRefusal(request);
    if (bodyRefusal) return refuse(bodyRefusal);
  }

  const requestHeaders = new Headers(request.headers);
  const asked = new URL(request.nextUrl);
  asked.searchParams.delete('_rsc');
  requestHeaders.set(REQUESTED_PATH_HEADER, `${asked.pathname}${asked.search}`);
  const cookieName = sessionCookieName(publicUrl);
  const cookie = request.cookies.get(cookieName)?.value;
  const secret = process.env.NEXTAUTH_SECRET;
  const verdict =
    cookie && secret
      ? await judgeSessionCookie(cookie, secret, sessionIdleMinutes())
      : { kind: 'keep' as const };
  if (verdict.kind !== 'keep') {
    request.cookies.delete(cookieName);
    if (verdict.kind === 'refresh') request.cookies.set(cookieName, verdict.value);
    requestHeaders.set('cookie', request.cookies.toString());
  }

  const development = process.env.NODE_ENV === 'development';
  const https = publicUrl?.startsWith('https://') ?? false;
  const staticHashes = request.method === 'GET' ? staticPageScriptHashes(request.nextUrl.pathname) : null;
  let policy: string;
  if (staticHashes) {
    policy = contentSecurityPolicy({ scriptHashes: staticHashes, https, development });
  } else {
    const nonce = newNonce();
    policy = contentSecurityPolicy({ nonce, scriptHashes: notFoundPageScriptHashes(), https, development });
    // Next.js reads the nonce from this request header and puts it on the scripts it renders.
    requestHeaders.set('content-security-policy', policy);
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  const hsts = strictTransportSecurity(publicUrl);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  if (verdict.kind === 'end') response.cookies.delete(cookieName);
  if (verdict.kind === 'refresh')
    response.cookies.set(cookieName, verdict.value, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: https,
    });
  return response;
}

function refuse({ status, reason, error }: Refusal): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (status === 405) headers.Allow = ALLOWED_METHODS;
  return Response.json({ error, reason }, { status, headers });
}

export const config = {
  // Static files and image optimisation carry no session and run no script of ours.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
