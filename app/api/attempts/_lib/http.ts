import 'server-only';
import type { TOutcome } from '@/lib/dal/attempt-types';

/** A data-layer outcome as JSON: the value on success, `{ error }` with its status otherwise. */
export function outcomeResponse<T>(outcome: TOutcome<T>): Response {
  if (outcome.ok) return Response.json(outcome.value, { headers: { 'Cache-Control': 'no-store' } });
  return Response.json(
    { error: outcome.reason },
    { status: outcome.status, headers: { 'Cache-Control': 'no-store' } },
  );
}
