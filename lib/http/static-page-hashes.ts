import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Hashes of the inline scripts in a page Next.js prerendered at build time (or regenerated since),
 * read from the build's own HTML file, so the CSP of a static page names exactly its scripts.
 * null when the path has no prerendered page: it is rendered per request and gets a nonce instead.
 * Cached per file and refreshed when the file changes (a revalidated page is rewritten).
 */
const cache = new Map<string, { mtimeMs: number; hashes: string[] }>();
const SAFE_PATH = /^\/(?:[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*)?$/i;

function appDir(): string {
  return path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'app');
}

/** The prerendered HTML file for a URL path, if the path could name one. */
function htmlFileFor(pathname: string): string | null {
  if (!SAFE_PATH.test(pathname) || pathname.includes('..')) return null;
  const trimmed = pathname === '/' ? '/index' : pathname.replace(/\/$/, '');
  return path.join(appDir(), `${trimmed}.html`);
}

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = match[1] ?? '';
    if (body.length > 0) hashes.add(createHash('sha256').update(body, 'utf8').digest('base64'));
  }
  return [...hashes];
}

function hashesOfFile(file: string): string[] | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs) return cached.hashes;
  const hashes = inlineScriptHashes(fs.readFileSync(file, 'utf8'));
  cache.set(file, { mtimeMs: stat.mtimeMs, hashes });
  return hashes;
}

export function staticPageScriptHashes(pathname: string): string[] | null {
  const file = htmlFileFor(pathname);
  return file ? hashesOfFile(file) : null;
}

/** The prerendered not-found page can answer any unknown path, so its scripts are always allowed. */
export function notFoundPageScriptHashes(): string[] {
  return hashesOfFile(path.join(appDir(), '_not-found.html')) ?? [];
}
