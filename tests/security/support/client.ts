import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';

/** Talks to the production build the way a browser or an attacker would: plain HTTP. */
export const baseURL = () => inject('baseURL');

let database: Db | undefined;
/** The served build's database, to arrange what HTTP alone cannot (another teacher, a limiter reset). */
export function serverDb(): Db {
  database ??= createPrismaClient(inject('databaseUrl'));
  return database;
}

export function sameOrigin(): Record<string, string> {
  return { origin: baseURL() };
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
}

/** Signs in through next-auth's credentials endpoint; the session cookie, or null with the error code. */
export async function signIn(
  identifier: string,
  password: string,
  headers: Record<string, string> = {},
  callbackUrl = '/home',
): Promise<{ cookie: string | null; url: string }> {
  const csrf = await fetch(`${baseURL()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf).join('; ');
  const response = await fetch(`${baseURL()}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: jar,
      ...sameOrigin(),
      ...headers,
    },
    body: new URLSearchParams({ identifier, password, csrfToken, callbackUrl, json: 'true' }),
  });
  const session = cookiesOf(response).find((c) => c.includes('next-auth.session-token='));
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  return {
    cookie: session ? `${session}; ${jar}` : null,
    url: body.url ?? response.headers.get('location') ?? '',
  };
}

export async function signOut(cookie: string): Promise<Response> {
  const csrf = await fetch(`${baseURL()}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return fetch(`${baseURL()}/api/auth/signout`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...sameOrigin() },
    body: new URLSearchParams({ csrfToken, json: 'true' }),
  });
}

/** Server action ids by exported name, from the build's own manifest. */
export function actionIds(): Map<string, { id: string; page: string }> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { exportedName?: string; workers: Record<string, unknown> }> };
  const ids = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers)[0] ?? '';
    const page =
      worker
        .replace(/^app/, '')
        .replace(/\/page$/, '')
        .replace(/\/\([^)]+\)/g, '') || '/';
    if (entry.exportedName) ids.set(entry.exportedName, { id, page });
  }
  return ids;
}

/** Resident memory of the process listening on the served build's port, in MiB. */
export function serverRssMiB(): number {
  const port = new URL(baseURL()).port;
  const listening = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(listening)?.[1];
  if (!pid) throw new Error(`no process listens on port ${port}`);
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', pid], { encoding: 'utf8' }).trim()) / 1024;
}
