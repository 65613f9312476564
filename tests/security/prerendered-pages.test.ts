import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { staticRoutes } from '@/lib/http/prerendered-pages';
import { SNAPSHOT_REQUEST_HEADER } from '@/lib/http/prerendered-request';
import { baseURL } from './support/client';

/** Headers as a client sees them, without the per-connection ones (and fetch joins repeated ones). */
function comparable(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!['date', 'connection', 'keep-alive', SNAPSHOT_REQUEST_HEADER].includes(name))
      out[name] = name === 'x-nextjs-prerender' ? '1' : value;
  });
  return out;
}

const plain = { 'accept-encoding': 'identity' };
const fromMemory = (res: Response) => res.headers.get(SNAPSHOT_REQUEST_HEADER) === 'hit';

/** The server fetches its pages from itself after its first request; wait (bounded) until it has. */
async function snapshotsReady(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (fromMemory(await fetch(`${baseURL()}/scenarios`, { headers: plain }))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the prerendered pages were not kept within 10 s');
}

describe('prerendered public pages answered from memory (lib/http/prerendered-pages.ts)', () => {
  it('keeps every public page the budget check names, and only those that cannot change', () => {
    expect(staticRoutes()).toEqual(
      expect.arrayContaining(['/', '/modules', '/glossary', '/scenarios', '/modules/article-5-borders']),
    );
    expect(staticRoutes().some((r) => r.startsWith('/_') || r.startsWith('/api'))).toBe(false);
  });

  it('answers each page exactly as Next.js does: same status, headers (CSP included) and bytes', async () => {
    await snapshotsReady();
    for (const route of staticRoutes()) {
      const kept = await fetch(`${baseURL()}${route}`, { headers: plain });
      // A query makes Next.js answer it itself.
      const rendered = await fetch(`${baseURL()}${route}?from=next`, { headers: plain });
      expect([fromMemory(kept), fromMemory(rendered)], route).toEqual([true, false]);
      expect(kept.status, route).toBe(200);
      expect(comparable(kept), route).toEqual(comparable(rendered));
      const [a, b] = await Promise.all([kept.arrayBuffer(), rendered.arrayBuffer()]);
      expect(Buffer.from(a).equals(Buffer.from(b)), route).toBe(true);
      expect(kept.headers.get('content-security-policy'), route).toMatch(/script-src 'self' 'sha256-/);
    }
  });

  it('gzips for a browser that takes it, and the page inside is the same', async () => {
    await snapshotsReady();
    const raw = await fetch(`${baseURL()}/glossary`, { headers: plain });
    const body = Buffer.from(await raw.arrayBuffer());
    const gz = await new Promise<{ headers: Record<string, string | string[] | undefined>; bytes: Buffer }>(
      (resolve, reject) => {
        // fetch would undo the gzip itself; node:http shows the bytes on the wire.
        get(`${baseURL()}/glossary`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
        }).on('error', reject);
      },
    );
    expect(gz.headers[SNAPSHOT_REQUEST_HEADER]).toBe('hit');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(gz.bytes).equals(body)).toBe(true);
  });

  it('says 304 Not Modified to a browser that holds the current ETag, and HEAD sends no body', async () => {
    await snapshotsReady();
    const first = await fetch(`${baseURL()}/modules`, { headers: plain });
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${baseURL()}/modules`, { headers: { ...plain, 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(fromMemory(again)).toBe(true);
    expect(await again.text()).toBe('');
    const head = await fetch(`${baseURL()}/modules`, { method: 'HEAD', headers: plain });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(first.headers.get('content-length'));
  });

  it('leaves client navigations and prefetches to Next.js: they get the RSC payload, not the HTML', async () => {
    await snapshotsReady();
    const navigations: Record<string, string>[] = [{ rsc: '1' }, { rsc: '1', 'next-router-prefetch': '1' }];
    for (const headers of navigations) {
      const res = await fetch(`${baseURL()}/glossary`, { headers: { ...plain, ...headers } });
      expect(res.status).toBe(200);
      expect(fromMemory(res)).toBe(false);
      expect(res.headers.get('content-type')).toMatch(/text\/x-component/);
    }
  });
});
