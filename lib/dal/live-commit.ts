import 'server-only';
import { db } from '@/lib/db';
import type { TLiveState } from '@/lib/live/controls';
import { realtimeBus } from '@/lib/realtime/server-bus';
import { closeAttempt, countClosedAnswers } from './attempt-close';
import type { Tx } from './db-tx';
import { liveTopic } from './live-rows';

/** Who moves the lesson, and when: the teacher's control, or the server ending an idle lesson. */
export type TLessonMove = { at: Date; by: 'TEACHER' | 'IDLE' };

/**
 * Stores the lesson's next state if it is still at `seq` (compare-and-set: of two writers carrying
 * the same seq one wins and the other changes nothing), then publishes its topic. A state that ends
 * the lesson closes its live attempts in the same transaction, so each student's final answers enter
 * the review queue and mastery once. Everything that ends a lesson comes here: the teacher's End and
 * the server's end of an idle lesson (live-idle.ts). True when this call applied it.
 */
export async function commitLessonState(
  sessionId: string,
  seq: number,
  state: TLiveState,
  move: TLessonMove,
): Promise<boolean> {
  const ending = state.phase === 'ENDED';
  const applied = await db().$transaction(async (tx) => {
    const claimed = await tx.liveSession.updateMany({
      where: { id: sessionId, seq },
      data: {
        ...state,
        seq: { increment: 1 },
        // Only the teacher's moves keep a lesson alive; the server ending it is not one.
        ...(move.by === 'TEACHER' ? { movedAt: move.at } : {}),
        ...(ending ? { endedAt: move.at, endedBy: move.by } : {}),
      },
    });
    if (claimed.count === 0) return false;
    if (ending) await closeLiveAttempts(tx, sessionId, move.at);
    return true;
  });
  if (applied) await realtimeBus().publish(liveTopic(sessionId));
  return applied;
}

/** Ending the lesson submits every student's live attempt, scored on the answers they gave. */
async function closeLiveAttempts(tx: Tx, sessionId: string, now: Date): Promise<void> {
  const attempts = await tx.quizAttempt.findMany({
    where: { liveSessionId: sessionId, state: 'IN_PROGRESS' },
    select: { id: true, seq: true, questionOrder: true, studentId: true },
  });
  // The same closing as a submitted test: each student's final votes enter review and mastery once.
  for (const attempt of attempts) {
    const responses = await closeAttempt(tx, attempt, 'SUBMITTED', now);
    if (responses) await countClosedAnswers(tx, attempt.studentId, 'LIVE', responses, now);
  }
}
