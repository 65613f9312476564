import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonBody } from '@/lib/http/json-body';

const ZBody = z.strictObject({ n: z.number().int() });
const SITE = 'http://school.example';

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request(`${SITE}/api/thing`, {
    method: 'POST',
    headers: { host: 'school.example', 'content-type': 'application/json', ...headers },
    body,
    // A streamed body has no Content-Length: only the streamed cap can stop it.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

async function statusOf(request: Request, maxBytes?: number) {
  const result = await readJsonBody(request, ZBody, maxBytes ? { maxBytes } : {});
  return 'response' in result ? result.response.status : 200;
}

describe('readJsonBody, the one request-body helper', () => {
  it('accepts a same-origin JSON body that fits the schema', async () => {
    expect(await readJsonBody(post('{"n":3}', { origin: SITE }), ZBody)).toEqual({ data: { n: 3 } });
  });

  it('refuses another site by Origin or Sec-Fetch-Site with 403 (issue 9, row 6)', async () => {
    expect(await statusOf(post('{"n":3}', { origin: 'http://school.example:8080' }))).toBe(403);
    expect(await statusOf(post('{"n":3}', { origin: 'null' }))).toBe(403);
    expect(await statusOf(post('{"n":3}', { 'sec-fetch-site': 'same-site' }))).toBe(403);
    expect(await statusOf(post('{"n":3}', { 'sec-fetch-site': 'cross-site' }))).toBe(403);
  });

  it('refuses text/plain and form bodies with 415', async () => {
    expect(await statusOf(post('{"n":3}', { 'content-type': 'text/plain' }))).toBe(415);
    expect(await statusOf(post('n=3', { 'content-type': 'application/x-www-form-urlencoded' }))).toBe(415);
  });

  it('refuses a declared length over the cap with 413 before reading', async () => {
    expect(await statusOf(post('{"n":3}', { 'content-length': String(64 * 1024 * 1024) }))).toBe(413);
  });

  it('stops reading a streamed body at the cap (413) without reading the rest', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    expect(await statusOf(post(endless), 16 * 1024)).toBe(413);
    expect(pulled).toBeLessThan(40);
  });

  it('answers 400 with words for bad JSON, bad UTF-8 and schema misses', async () => {
    expect(await statusOf(post('not json'))).toBe(400);
    expect(await statusOf(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toBe(400);
    const miss = await readJsonBody(post('{"n":"3"}'), ZBody);
    expect('response' in miss && (await miss.response.json())).toMatchObject({ reason: 'bad-body' });
  });
});
