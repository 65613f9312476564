import 'server-only';
import { db } from '@/lib/db';
import { availableChoices } from '@/lib/scenario';
import { acceptsAnswers } from '@/lib/live/controls';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { findStudentLiveSession } from './live-answers';
import { liveRunOf } from './live-run';
import { stateOf } from './live-rows';
import { isUniqueViolation } from './unique-violation';
import type { SessionUser } from './users';

const MOVED_ON = 'The class has moved on; showing where it is.';

/**
 * A student's vote on the open decision of a live scenario lesson; it may be changed until the
 * teacher decides. Only a choice the decision offers now is accepted (a forged id is 400).
 */
export async function castChoiceVote(
  student: SessionUser,
  sessionId: string,
  input: { step: number; choiceId: string },
): Promise<TOutcome<{ step: number; choiceId: string }>> {
  const session = await findStudentLiveSession(student, sessionId);
  if (!session || session.kind !== 'SCENARIO') return refuse('not-found', 'No such live lesson for you.');
  const state = stateOf(session);
  if (state.currentIndex !== input.step) return refuse('stale', MOVED_ON);
  if (!acceptsAnswers(state))
    return refuse('closed', state.paused ? 'The lesson is paused.' : 'This decision is already taken.');
  const run = await liveRunOf(sessionId);
  if (!run || run.state.step !== input.step) return refuse('stale', MOVED_ON);
  const node = run.loaded.scenario.nodes.find((n) => n.id === run.state.nodeId);
  if (node?.kind !== 'decision') return refuse('closed', 'Nothing to vote on now: watch the board.');
  if (!availableChoices(run.state, run.loaded.scenario).some((c) => c.id === input.choiceId))
    return refuse('invalid', 'That choice is not open now.');
  const key = { sessionId_studentId_step: { sessionId, studentId: student.id, step: input.step } };
  const write = () =>
    db().$transaction(async (tx) => {
      // A no-op update that holds only while the vote is open on this step: it locks the session row
      // until this vote commits, so a decision taken meanwhile waits for it, and a vote arriving after
      // the decision finds the vote closed (on PostgreSQL a plain re-read could miss the decision).
      const open = await tx.liveSession.updateMany({
        where: { id: sessionId, phase: 'OPEN', paused: false, currentIndex: input.step },
        data: { currentIndex: input.step },
      });
      if (open.count === 0) return false;
      await tx.liveChoiceVote.upsert({
        where: key,
        create: { sessionId, studentId: student.id, step: input.step, choiceId: input.choiceId },
        update: { choiceId: input.choiceId },
      });
      return true;
    });
  let stored: boolean;
  try {
    stored = await write();
  } catch (err) {
    // Two taps at once both tried the insert: the second now finds the row and updates it.
    if (!isUniqueViolation(err)) throw err;
    stored = await write();
  }
  if (!stored) return refuse('closed', 'This decision is already taken.');
  return accept({ step: input.step, choiceId: input.choiceId });
}
