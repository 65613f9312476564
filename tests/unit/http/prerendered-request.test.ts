import { describe, expect, it } from 'vitest';
import {
  SNAPSHOT_REQUEST_HEADER,
  acceptsGzip,
  notModified,
  prerenderedPathFor,
} from '@/lib/http/prerendered-request';

const browser = { accept: 'text/html', 'accept-encoding': 'gzip, br', cookie: 'a=b' };

describe('which requests a kept prerendered page answers', () => {
  it("answers a browser's plain GET or HEAD of the exact path", () => {
    expect(prerenderedPathFor('GET', '/glossary', browser)).toBe('/glossary');
    expect(prerenderedPathFor('HEAD', '/', browser)).toBe('/');
  });

  it('leaves other methods, queries and fragments to Next.js', () => {
    expect(prerenderedPathFor('POST', '/glossary', browser)).toBeNull();
    expect(prerenderedPathFor('OPTIONS', '/glossary', browser)).toBeNull();
    expect(prerenderedPathFor('GET', '/glossary?_rsc=abc', browser)).toBeNull();
    expect(prerenderedPathFor('GET', '/glossary?', browser)).toBeNull();
    expect(prerenderedPathFor('GET', 'http://evil.example/glossary', browser)).toBeNull();
  });

  it('leaves client navigations, prefetches and server actions to Next.js (it varies the page on them)', () => {
    for (const header of [
      'rsc',
      'RSC',
      'next-router-prefetch',
      'next-router-state-tree',
      'next-router-segment-prefetch',
      'next-action',
      'next-url',
      'x-middleware-prefetch',
      SNAPSHOT_REQUEST_HEADER,
    ])
      expect(prerenderedPathFor('GET', '/modules', { ...browser, [header]: '1' }), header).toBeNull();
  });
});

describe('content coding', () => {
  it('gzips for a browser that names gzip or *, never for q=0 or identity', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('xgzip')).toBe(false);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false); // gzip's own weight wins over *
    expect(acceptsGzip('br, *;q=0.1')).toBe(true);
  });
});

describe('conditional requests', () => {
  const etag = '"abc123"';
  it('is not modified when If-None-Match names the ETag, weakly or among others, or is *', () => {
    expect(notModified('"abc123"', etag)).toBe(true);
    expect(notModified('W/"abc123"', etag)).toBe(true);
    expect(notModified('"old", "abc123"', etag)).toBe(true);
    expect(notModified('*', etag)).toBe(true);
  });
  it('sends the page when the tag differs, is missing, or the page has none', () => {
    expect(notModified('"old"', etag)).toBe(false);
    expect(notModified(undefined, etag)).toBe(false);
    expect(notModified('"abc123"', undefined)).toBe(false);
  });
});
