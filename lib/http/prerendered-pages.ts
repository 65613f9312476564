import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SNAPSHOT_REQUEST_HEADER, acceptsGzip, notModified, prerenderedPathFor } from './prerendered-request';

/**
 * Public pages are prerendered at build time, yet Next.js still routed every request for one
 * through proxy.ts and its render path: ≈ 0.2 of the throughput of a static file. Once the server
 * serves its first request, it asks itself for each prerendered page (through Next.js, proxy.ts and its CSP, exactly
 * as a browser would get it) and keeps the answer; a browser's plain request for that page is then
 * answered from memory at the socket (lib/http/socket-gate.ts), byte for byte what Next.js sent,
 * gzipped when the browser accepts it, 304 when its ETag still matches. Anything else — a query, a
 * client navigation or prefetch, a server action, any other path — goes to Next.js as before. Only
 * pages with no revalidation are kept: they cannot change while the server runs.
 */
type TSnapshot = { headers: Record<string, string>; identity: Buffer; gzip: Buffer; etag?: string };

const snapshots = new Map<string, TSnapshot>();

/** Headers that belong to one connection, one encoding or one visitor: set per response, or never kept. */
const PER_RESPONSE = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'set-cookie',
]);

/** The prerendered routes that never change while the server runs (not Next.js's own error pages). */
export function staticRoutes(distDir = process.env.NEXT_DIST_DIR || '.next'): string[] {
  const file = path.join(process.cwd(), distDir, 'prerender-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    routes: Record<string, { initialRevalidateSeconds?: number | false; initialStatus?: number }>;
  };
  return Object.entries(manifest.routes)
    .filter(
      ([route, r]) => !route.startsWith('/_') && r.initialRevalidateSeconds === false && !r.initialStatus,
    )
    .map(([route]) => route);
}

/** The address this server can reach itself at. */
function ownOrigin(server: http.Server): string | null {
  const address = server.address();
  if (!address || typeof address === 'string') return null;
  const { address: host, port } = address as AddressInfo;
  const loopback = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${port}`;
}

async function snapshotOf(url: string): Promise<TSnapshot | null> {
  const res = await fetch(url, {
    redirect: 'manual',
    headers: { 'accept-encoding': 'identity', [SNAPSHOT_REQUEST_HEADER]: '1' },
  });
  const identity = Buffer.from(await res.arrayBuffer());
  // Only Next.js's own prerendered answer, the same for every visitor, is kept.
  // (Next.js 16 sends x-nextjs-prerender twice, which fetch joins to "1, 1".)
  const prerendered = (res.headers.get('x-nextjs-prerender') ?? '').split(',').some((v) => v.trim() === '1');
  if (res.status !== 200 || !prerendered || res.headers.getSetCookie().length > 0) return null;
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!PER_RESPONSE.has(name)) headers[name] = value;
  });
  if (!/accept-encoding/i.test(headers.vary ?? ''))
    headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
  return { headers, identity, gzip: gzipSync(identity), etag: headers.etag };
}

/** Fills the snapshots once the server serves; a page that fails is simply left to Next.js. */
export async function snapshotStaticPages(server: http.Server, routes = staticRoutes()): Promise<number> {
  const origin = ownOrigin(server);
  if (!origin) return 0;
  for (const route of routes) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const snapshot = await snapshotOf(`${origin}${route}`).catch(() => undefined);
      if (snapshot !== undefined) {
        if (snapshot) snapshots.set(route, snapshot);
        break;
      }
      await new Promise((r) => setTimeout(r, 500)); // still starting: try again shortly
    }
  }
  return snapshots.size;
}

/** Answers a browser's plain request for a kept page from memory; false leaves it to Next.js. */
export function answerFromSnapshot(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (snapshots.size === 0) return false;
  const route = prerenderedPathFor(req.method, req.url, req.headers);
  const snapshot = route === null ? undefined : snapshots.get(route);
  if (!snapshot) return false;
  if (notModified(req.headers['if-none-match'], snapshot.etag)) {
    const headers = Object.entries(snapshot.headers).filter(([name]) => name !== 'content-type');
    res.writeHead(304, Object.fromEntries([...headers, [SNAPSHOT_REQUEST_HEADER, 'hit']]));
    res.end();
    return true;
  }
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  const body = gzip ? snapshot.gzip : snapshot.identity;
  res.writeHead(200, {
    ...snapshot.headers,
    [SNAPSHOT_REQUEST_HEADER]: 'hit', // says which path answered (tests, debugging); nothing else reads it
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    'content-length': String(body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
