import type { TRunOutcome } from '@/lib/scenario/run-types';
import { refusalResponse } from '@/lib/http/refusal-response';

/**
 * The JSON contract of the run route handlers: 200 `{ run }`, or `{ error, reason }` with the
 * refusal's status, and on a conflict also `{ run }` as it now stands so the player can show where
 * the run is.
 */
export function runOutcomeResponse(outcome: TRunOutcome): Response {
  if (outcome.ok) return Response.json({ run: outcome.run });
  return refusalResponse(outcome, {
    reason: outcome.code,
    ...('run' in outcome ? { run: outcome.run } : {}),
  });
}
