import 'server-only';
import { db } from '@/lib/db';
import { closeIfOverdue } from './attempt-close';
import { CLOSED, STALE, ownAttempt } from './attempt-read';
import { questionOrderOf } from '@/lib/quiz/stored-columns';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import type { SessionUser } from './users';

/**
 * Moves the student to another question (the question map, Next, Previous): a compare-and-set on
 * the attempt's seq, like every attempt write, so a stale screen changes nothing (409).
 */
export async function moveToQuestion(
  student: SessionUser,
  attemptId: string,
  input: { seq: number; index: number },
  now = new Date(),
): Promise<TOutcome<{ seq: number; currentIndex: number }>> {
  const attempt = await ownAttempt(student, attemptId);
  if (!attempt) return refuse('not-found', 'No such attempt.');
  if (input.index < 0 || input.index >= questionOrderOf(attempt).length)
    return refuse('invalid', 'There is no question at that position.');
  if ((await closeIfOverdue(attempt, now)) || attempt.state !== 'IN_PROGRESS')
    return refuse('closed', CLOSED);
  // Already there: nothing to write, so a repeated click is harmless whatever seq it carries.
  if (attempt.currentIndex === input.index)
    return accept({ seq: attempt.seq, currentIndex: attempt.currentIndex });
  if (input.seq !== attempt.seq) return refuse('stale', STALE);
  const claimed = await db().quizAttempt.updateMany({
    where: { id: attemptId, seq: input.seq, state: 'IN_PROGRESS' },
    data: { seq: { increment: 1 }, currentIndex: input.index },
  });
  if (claimed.count === 0) return refuse('stale', STALE);
  return accept({ seq: input.seq + 1, currentIndex: input.index });
}
