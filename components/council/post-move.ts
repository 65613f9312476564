import type { TCouncilMove } from '@/lib/council/moves';

/** A fresh id for one form's move: a double submit sends the same id and records once. */
export function newMoveId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type TMoveResult = { ok: true } | { ok: false; message: string };

/** Sends a move; the server answers with its own words when it refuses. */
export async function postMove(
  sessionId: string,
  body: { clientId: string; seq: number; move: TCouncilMove },
): Promise<TMoveResult> {
  try {
    const res = await fetch(`/api/council/${sessionId}/moves`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.ok) return { ok: true };
    const data = (await res.json().catch(() => ({}))) as { error?: unknown };
    return {
      ok: false,
      message: typeof data.error === 'string' ? data.error : 'That did not go through; try again.',
    };
  } catch {
    return { ok: false, message: 'No connection to the council; try again.' };
  }
}
