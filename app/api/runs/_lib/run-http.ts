import type { z } from 'zod';
import type { TRunOutcome } from '@/lib/scenario/run-types';

/**
 * The JSON contract of the run route handlers: 200 `{ run }`, or `{ error, reason }` with the
 * status, and on 409 also `{ run }` as it now stands so the player can show where the run is.
 */
export function runOutcomeResponse(outcome: TRunOutcome): Response {
  if (outcome.ok) return Response.json({ run: outcome.run });
  const body = {
    error: outcome.message,
    reason: outcome.reason,
    ...(outcome.status === 409 ? { run: outcome.run } : {}),
  };
  return Response.json(body, { status: outcome.status });
}

/** Parses a JSON body with the schema; a short reason instead of a stack trace when it fails. */
export async function parseJsonBody<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<{ data: T } | { response: Response }> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return {
      response: Response.json(
        { error: 'The request body must be JSON.', reason: 'bad-body' },
        { status: 400 },
      ),
    };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data };
  const first = parsed.error.issues[0];
  const where = first?.path.length ? `${first.path.join('.')}: ` : '';
  return {
    response: Response.json(
      { error: `${where}${first?.message ?? 'invalid body'}`, reason: 'bad-body' },
      { status: 400 },
    ),
  };
}
