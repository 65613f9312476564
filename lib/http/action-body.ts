import { FORM_BODY_MAX_BYTES } from './request-guards';
import type { Refusal } from './request-screen';

/**
 * A server action's body, checked in proxy.ts before Next.js decodes it: Next.js answers 500 for
 * a body it cannot decode (issue 9, row 7). React sends the arguments either as one JSON array
 * (text/plain) or as multipart form data; anything else, or anything over the cap, is refused.
 * proxy.ts reads a buffered copy (experimental.proxyClientMaxBodySize), so the cap holds in memory.
 */
export async function serverActionBodyRefusal(request: Request): Promise<Refusal | null> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  const bad: Refusal = {
    status: 400,
    reason: 'bad-body',
    error: 'The form could not be read. Reload the page.',
  };
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    const bytes = await request
      .clone()
      .arrayBuffer()
      .catch(() => null);
    if (bytes === null) return bad;
    if (bytes.byteLength > FORM_BODY_MAX_BYTES) return tooLarge();
    const parsed = await request.formData().catch(() => null);
    return parsed === null ? bad : null;
  }
  if (type !== 'text/plain') return bad;
  const text = await request.text().catch(() => null);
  if (text === null) return bad;
  if (new TextEncoder().encode(text).byteLength > FORM_BODY_MAX_BYTES) return tooLarge();
  try {
    return Array.isArray(JSON.parse(text)) ? null : bad;
  } catch {
    return bad;
  }
}

function tooLarge(): Refusal {
  return {
    status: 413,
    reason: 'too-large',
    error: `The request body is larger than ${FORM_BODY_MAX_BYTES} bytes.`,
  };
}
