/**
 * Which requests a prerendered page may be answered from memory (lib/http/prerendered-pages.ts), and
 * how. Pure: method, URL and headers in. Only a browser's plain document request qualifies: the
 * exact path, no query, none of the headers Next.js varies a page on (client navigations and
 * prefetches ask for the RSC payload with `rsc` / `next-router-*`), no server action.
 */
const NEXT_VARIES_ON = /^(rsc|next-|x-middleware-)/i;

/** Sent by the server's own snapshot requests, which must reach Next.js itself; answers from memory carry it too. */
export const SNAPSHOT_REQUEST_HEADER = 'x-open-door-snapshot';

export type THeaders = Record<string, string | string[] | undefined>;

/** The snapshot path this request may be answered from, or null (Next.js answers it). */
export function prerenderedPathFor(
  method: string | undefined,
  url: string | undefined,
  headers: THeaders,
): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (!url || !url.startsWith('/') || url.includes('?') || url.includes('#')) return null;
  for (const name of Object.keys(headers))
    if (NEXT_VARIES_ON.test(name) || name.toLowerCase() === SNAPSHOT_REQUEST_HEADER) return null;
  return url;
}

/**
 * Whether the client takes gzip: Accept-Encoding gives gzip a weight above 0, or does not name gzip
 * and gives * one (RFC 9110 §12.5.3: a named coding's own weight wins over *).
 */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  const value = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const weights = new Map<string, number>();
  for (const part of value.split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (coding.trim()) weights.set(coding.trim(), q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  return (weights.get('gzip') ?? weights.get('*') ?? 0) > 0;
}

/** Whether If-None-Match names this ETag (weak or strong, or *), so 304 Not Modified answers. */
export function notModified(ifNoneMatch: string | string[] | undefined, etag: string | undefined): boolean {
  if (!etag || ifNoneMatch === undefined) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  const tags = (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch).split(',');
  return tags.some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
