// Signs in through next-auth's own endpoints and returns the session cookie, as a browser would.

/** The session cookie a response sets (a sign-in, or proxy.ts moving its idle clock), if any. */
export function sessionCookieOf(res: Response): string | undefined {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('next-auth.session-token=') && c.length > 'next-auth.session-token='.length);
}

export async function signInCookie(baseURL: string, identifier: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, identifier, password, json: 'true' }),
  });
  const session = sessionCookieOf(res);
  if (!session) throw new Error(`sign-in as ${identifier} failed (status ${res.status})`);
  return session;
}
