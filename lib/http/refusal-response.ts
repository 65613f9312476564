import type { TOutcome, TRefusal, TRefusalKind } from '@/lib/outcome/refusal';

/** The one mapping from a data-layer refusal to an HTTP status, for every route handler. */
const STATUS: Record<TRefusalKind, 400 | 403 | 404 | 409 | 429> = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  stale: 409,
  closed: 409,
  conflict: 409,
  'limit-reached': 429,
};

export function refusalStatus(kind: TRefusalKind): number {
  return STATUS[kind];
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/** A refusal as JSON: `{ error, ...extra }` with its status. */
export function refusalResponse(refusal: TRefusal, extra: Record<string, unknown> = {}): Response {
  return Response.json(
    { error: refusal.reason, ...extra },
    { status: refusalStatus(refusal.kind), headers: NO_STORE },
  );
}

/** A data-layer outcome as JSON: the value on success (status 200 unless given), else the refusal. */
export function outcomeResponse<T>(outcome: TOutcome<T>, successStatus = 200): Response {
  if (!outcome.ok) return refusalResponse(outcome);
  return Response.json(outcome.value, { status: successStatus, headers: NO_STORE });
}
