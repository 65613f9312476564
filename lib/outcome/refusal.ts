/**
 * What the data layer answers when it will not do what was asked: a kind (what went wrong, in the
 * domain's words) and a reason a person can read. The data layer never speaks HTTP; route handlers
 * turn a kind into a status (lib/http/refusal-response.ts) and server actions into their form's error
 * state (lib/actions/guarded-action.ts), each in one place.
 */
export const REFUSAL_KINDS = [
  /** The input breaks a rule of the domain (a question at no position, a wrong answer type). */
  'invalid',
  /** The caller may not do this now (an assignment not open, a self-registered pupil's password). */
  'forbidden',
  /** No such thing for this caller: unknown and someone else's look the same. */
  'not-found',
  /** The caller acted on an old view (a sequence number another tab has moved past). */
  'stale',
  /** The thing is finished (a submitted attempt, an ended lesson, a closed vote). */
  'closed',
  /** Something else holds the place (a live lesson already running in the class). */
  'conflict',
  /** An allowance is used up (attempts, reports per hour). */
  'limit-reached',
] as const;

export type TRefusalKind = (typeof REFUSAL_KINDS)[number];
export type TRefusal = { ok: false; kind: TRefusalKind; reason: string };
export type TOutcome<T> = { ok: true; value: T } | TRefusal;

export const refuse = (kind: TRefusalKind, reason: string): TRefusal => ({ ok: false, kind, reason });
export const accept = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** True for a refusal from the data layer (an action's own state is never one: it has no `kind`). */
export function isRefusal(value: unknown): value is TRefusal {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { ok?: unknown }).ok === false &&
    REFUSAL_KINDS.includes((value as { kind?: unknown }).kind as TRefusalKind)
  );
}
