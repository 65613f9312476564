'use client';
import { useRef, useState } from 'react';
import type { TCouncilMove } from '@/lib/council/moves';
import { useFocusAfterCommit } from '@/components/ui/focus';
import { newMoveId, postMove } from './post-move';

/**
 * Sends one move at a time. The form's move id is kept until the move lands, so pressing again
 * after a lost answer resends the same id (recorded once). Focus goes to the status after a move
 * and to the alert after a refusal, never to <body>.
 */
export function useCouncilMove(
  sessionId: string,
  seq: number,
  refresh: () => Promise<void>,
  ids: {
    status: string;
    alert: string;
  },
) {
  const moveId = useRef(newMoveId());
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const focusAfter = useFocusAfterCommit();

  async function send(move: TCouncilMove, done: string): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setError(null);
    const result = await postMove(sessionId, { clientId: moveId.current, seq, move });
    setBusy(false);
    if (!result.ok) {
      setStatus(null);
      setError(result.message);
      // A refused move is not recorded: the next press is a new move.
      moveId.current = newMoveId();
      await refresh();
      focusAfter(ids.alert);
      return false;
    }
    moveId.current = newMoveId();
    setStatus(done);
    await refresh();
    focusAfter(ids.status);
    return true;
  }
  return { busy, status, error, send };
}
