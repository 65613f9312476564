import type { TRunOutcome } from './run-types';

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
