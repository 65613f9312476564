import 'server-only';
import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import { availableChoices, applyChoice, getScenario, startState } from '@/lib/scenario';
import { checkTeacherDecision, tallyChoices } from '@/lib/live/class-decision';
import { decisionRefusal } from '@/lib/live/scenario-controls';
import { realtimeBus } from '@/lib/realtime/server-bus';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { findTeacherLiveSession, openClassLesson, type TControlOutcome } from './live';
import { liveRunOf } from './live-run';
import { liveTopic, stateOf } from './live-rows';
import { StaleRunWrite, recordDecision } from './run-decision';
import { isUniqueViolation } from './unique-violation';
import type { SessionUser } from './users';

/**
 * Live scenario lessons: the class plays *The Envoy* or *The Table* together. The class's run is a
 * scenario run owned by the teacher and linked to the session; students vote on each decision
 * (LiveChoiceVote), the teacher takes it — the class's majority, or another choice with a reason,
 * recorded on the decision. Taking a decision is a compare-and-set on the session's seq and the
 * run's step in one transaction, so a double click on Advance moves one decision.
 */

/** Starts a live lesson on a scenario, with the class's run at its start. */
export async function startLiveScenario(
  teacher: SessionUser,
  input: { classId: string; scenarioSlug: string },
  now = new Date(),
): Promise<TOutcome<{ sessionId: string }>> {
  const loaded = getScenario(input.scenarioSlug);
  if (!loaded) return refuse('not-found', 'No such scenario.');
  const lesson = {
    kind: 'SCENARIO' as const,
    contentSlug: loaded.scenario.slug,
    contentVersion: loaded.version,
    itemOrder: '[]',
  };
  return openClassLesson(teacher, input.classId, lesson, now, async (tx, sessionId) => {
    // Seeds stay within a 32-bit signed integer, the column's range on PostgreSQL.
    const seed = randomInt(0, 2 ** 31 - 1);
    const state = startState(loaded.scenario, seed);
    await tx.scenarioRun.create({
      data: {
        studentId: teacher.id,
        scenarioSlug: loaded.scenario.slug,
        contentVersion: loaded.version,
        seed,
        state: JSON.stringify(state),
        step: state.step,
        liveSessionId: sessionId,
      },
    });
  });
}

export type TDecideInput = { seq: number; choiceId: string; reason: string | null };

/**
 * Takes the open decision for the class. A repeat carrying an old seq (a double click) changes
 * nothing and reports where the lesson is; going against the class's vote without a reason is
 * refused (400) and changes nothing.
 */
export async function decideLiveScenario(
  teacher: SessionUser,
  sessionId: string,
  input: TDecideInput,
  now = new Date(),
): Promise<TOutcome<TControlOutcome>> {
  const session = await findTeacherLiveSession(teacher, sessionId, now);
  if (!session || session.kind !== 'SCENARIO') return refuse('not-found', 'No such live scenario lesson.');
  if (input.seq !== session.seq) return accept({ applied: false, seq: session.seq, reason: null });
  const run = await liveRunOf(sessionId);
  if (!run) return refuse('closed', 'This scenario has changed since the lesson started; end the lesson.');
  const position = { step: run.state.step, ended: run.state.ended !== undefined };
  const refusal = decisionRefusal(stateOf(session), position);
  if (refusal) return accept({ applied: false, seq: session.seq, reason: refusal });
  if (run.row.contentVersion !== run.loaded.version)
    return refuse('closed', 'This scenario has changed since the lesson started; end the lesson.');

  const applied = applyChoice(run.state, input.choiceId, run.loaded.scenario);
  if (!applied.ok) return refuse('invalid', 'That choice is not open now.');

  let taken: boolean;
  try {
    taken = await db().$transaction(async (tx) => {
      const claimed = await tx.liveSession.updateMany({
        where: { id: sessionId, seq: input.seq },
        data: { phase: 'REVEALED', currentIndex: run.state.step, seq: { increment: 1 }, movedAt: now },
      });
      if (claimed.count === 0) return false;
      // Counted after the claim, which waits for votes still being written (they lock the row), so
      // the vote checked here is the vote the report shows.
      const votes = await tx.liveChoiceVote.findMany({
        where: { sessionId, step: run.state.step },
        select: { choiceId: true },
      });
      const tally = tallyChoices(
        availableChoices(run.state, run.loaded.scenario),
        votes.map((v) => v.choiceId),
      );
      const check = checkTeacherDecision(tally, input.choiceId, input.reason);
      if (!check.ok) throw new DecisionRefused(check.message);
      await recordDecision(
        tx,
        { id: run.row.id, ownerId: run.row.studentId, step: run.state.step, nodeId: run.state.nodeId },
        { choiceId: input.choiceId, reason: check.reason },
        applied.state,
        now,
      );
      return true;
    });
  } catch (err) {
    if (err instanceof DecisionRefused) return refuse('invalid', err.message);
    if (!(err instanceof StaleRunWrite) && !isUniqueViolation(err)) throw err;
    taken = false;
  }
  if (!taken) {
    const current = await db().liveSession.findUnique({ where: { id: sessionId }, select: { seq: true } });
    return accept({ applied: false, seq: current?.seq ?? session.seq, reason: null });
  }
  await realtimeBus().publish(liveTopic(sessionId));
  return accept({ applied: true, seq: input.seq + 1, reason: null });
}

/** Going against the class's vote without a reason: the transaction rolls back, nothing changes. */
class DecisionRefused extends Error {}
