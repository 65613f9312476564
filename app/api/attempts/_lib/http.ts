import 'server-only';
import type { z } from 'zod';
import type { TOutcome } from '@/lib/quiz/attempt-types';

/** Bodies are small; anything bigger is refused before parsing. */
const MAX_BODY_BYTES = 16_384;

/**
 * Reads and validates a JSON body. Returns the parsed value, or a 400 Response with a short reason
 * (never a stack trace).
 */
export async function parseBody<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<{ data: T } | { response: Response }> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES)
    return { response: Response.json({ error: 'Request body too large.' }, { status: 400 }) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { response: Response.json({ error: 'Request body is not JSON.' }, { status: 400 }) };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'body';
    return {
      response: Response.json({ error: `${where}: ${issue?.message ?? 'invalid'}` }, { status: 400 }),
    };
  }
  return { data: parsed.data };
}

/** A data-layer outcome as JSON: the value on success, `{ error }` with its status otherwise. */
export function outcomeResponse<T>(outcome: TOutcome<T>): Response {
  if (outcome.ok) return Response.json(outcome.value, { headers: { 'Cache-Control': 'no-store' } });
  return Response.json(
    { error: outcome.reason },
    { status: outcome.status, headers: { 'Cache-Control': 'no-store' } },
  );
}
