import 'server-only';
import type { z } from 'zod';
import {
  JSON_BODY_MAX_BYTES,
  allowedOriginsFor,
  crossOriginRefusal,
  declaredLengthRefusal,
  jsonContentTypeRefusal,
  type GuardRefusal,
} from './request-guards';

export type JsonBody<T> = { data: T } | { response: Response };

function refuse({ status, reason, error }: GuardRefusal | { status: 400; reason: string; error: string }) {
  return { response: Response.json({ error, reason }, { status, headers: { 'Cache-Control': 'no-store' } }) };
}

/**
 * The one way a route handler reads a request body (SECURITY.md, "Request bodies"):
 *   const body = await readJsonBody(request, ZMyBody);          // optional { maxBytes }
 *   if ('response' in body) return body.response;               // 400/403/413/415 with { error, reason }
 * In order: same-origin (403), application/json (415), declared length (413), then the body is read
 * as a stream and abandoned at the cap (413), so a huge body never sits in memory; then UTF-8, JSON
 * and the schema (400, the first issue in words).
 */
export async function readJsonBody<T>(
  request: Request,
  schema: z.ZodType<T>,
  { maxBytes = JSON_BODY_MAX_BYTES }: { maxBytes?: number } = {},
): Promise<JsonBody<T>> {
  const headerRefusal =
    crossOriginRefusal(request.headers, allowedOriginsFor(request.headers, process.env.NEXTAUTH_URL)) ??
    jsonContentTypeRefusal(request.headers) ??
    declaredLengthRefusal(request.headers, maxBytes);
  if (headerRefusal) return refuse(headerRefusal);
  const bytes = await readCapped(request, maxBytes);
  if (bytes === null)
    return refuse({
      status: 413,
      reason: 'too-large',
      error: `The request body is larger than ${maxBytes} bytes.`,
    });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse({ status: 400, reason: 'bad-body', error: 'The request body must be JSON.' });
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { data: parsed.data };
  const first = parsed.error.issues[0];
  const where = first?.path.length ? `${first.path.join('.')}: ` : '';
  return refuse({ status: 400, reason: 'bad-body', error: `${where}${first?.message ?? 'invalid body'}` });
}

/** The body's bytes, or null as soon as it passes the cap (the rest is never read). */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
