import 'server-only';
import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import { getScenario, startState, type TLoadedScenario } from '@/lib/scenario';
import { startRefusal, startRefusalOutcome, type StartRefusal } from '@/lib/assignment/assignment-rules';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { termsForPupil } from '@/lib/assignment/pupil-terms';
import { overrideOf } from './assignment-overrides';
import { withSerializableRetry, type Tx } from './db-tx';
import type { SessionUser } from './users';

/**
 * Starting and resuming runs. Opening a scenario resumes the latest unfinished run (of the
 * assignment, when one is named); only an explicit start creates a run, so a page load, a prefetch
 * or a reload never does. Assignment rules are the teacher workspace's (`startRefusal`): enrolled in
 * the class, released, not past the pupil's own due date unless late work is accepted, and the
 * pupil's maxAttempts (with extra attempts) caps the runs started for it. Late work that was
 * already started may still be finished.
 */

export type TScenarioAssignment = {
  id: string;
  className: string;
  dueAt: Date | null;
  maxAttempts: number | null;
};

export type TStartContext = {
  loaded: TLoadedScenario;
  assignment: TScenarioAssignment | null;
  /** The run to continue instead of starting a new one. */
  resumeRunId: string | null;
  /** Why a new run may not start for the assignment now; null when it may. */
  refusal: StartRefusal | null;
  runsUsed: number;
};

/** Null when the scenario does not exist or the assignment is not one of this student's (404). */
export async function scenarioStartContext(
  user: SessionUser,
  slug: string,
  assignmentId: string | null,
  now = new Date(),
  client: Tx = db(),
): Promise<TStartContext | null> {
  const loaded = getScenario(slug);
  if (!loaded) return null;
  let assignment: TScenarioAssignment | null = null;
  let refusal: StartRefusal | null = null;
  let runsUsed = 0;
  if (assignmentId !== null) {
    const found = await client.assignment.findFirst({
      where: {
        id: assignmentId,
        kind: 'SCENARIO',
        contentSlug: slug,
        class: { archivedAt: null, enrollments: { some: { studentId: user.id } } },
      },
      select: {
        id: true,
        releaseAt: true,
        dueAt: true,
        maxAttempts: true,
        acceptLateWork: true,
        overrides: overrideOf(user.id),
        class: { select: { name: true } },
      },
    });
    if (!found) return null;
    runsUsed = await client.scenarioRun.count({ where: { studentId: user.id, assignmentId } });
    const terms = termsForPupil(found, found.overrides[0]);
    refusal = startRefusal(terms, runsUsed, now);
    assignment = {
      id: found.id,
      className: found.class.name,
      dueAt: terms.dueAt,
      maxAttempts: terms.maxAttempts,
    };
  }
  const unfinished = await client.scenarioRun.findFirst({
    where: {
      studentId: user.id,
      scenarioSlug: slug,
      endedAt: null,
      // A run begun on an earlier version of the scenario cannot continue; it stays in history.
      contentVersion: loaded.version,
      ...(assignmentId !== null ? { assignmentId } : {}),
    },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  return { loaded, assignment, resumeRunId: unfinished?.id ?? null, refusal, runsUsed };
}

export type TStartResult = TOutcome<{ runId: string }>;

const NO_SCENARIO = refuse('not-found', 'No such scenario.');

/**
 * Starts a run, or hands back the unfinished one a double click or a second tab already started:
 * "start" means "make sure there is a run to play", so repeating it never piles up runs. The check
 * and the insert share one serializable transaction so two concurrent starts cannot both pass the
 * maxAttempts check; the loser of such a race retries and then finds the winner's run.
 */
export async function startRun(
  user: SessionUser,
  slug: string,
  assignmentId: string | null,
  now = new Date(),
): Promise<TStartResult> {
  return withSerializableRetry(() => startRunOnce(user, slug, assignmentId, now));
}

async function startRunOnce(
  user: SessionUser,
  slug: string,
  assignmentId: string | null,
  now: Date,
): Promise<TStartResult> {
  const loaded = getScenario(slug);
  if (!loaded) return NO_SCENARIO;
  return db().$transaction(
    async (tx): Promise<TStartResult> => {
      const context = await scenarioStartContext(user, slug, assignmentId, now, tx);
      if (!context) return NO_SCENARIO;
      if (context.resumeRunId) return accept({ runId: context.resumeRunId });
      if (context.refusal) return startRefusalOutcome(context.refusal);
      // Seeds stay within a 32-bit signed integer, the column's range on PostgreSQL.
      const seed = randomInt(0, 2 ** 31 - 1);
      const state = startState(loaded.scenario, seed);
      const run = await tx.scenarioRun.create({
        data: {
          studentId: user.id,
          scenarioSlug: slug,
          assignmentId,
          contentVersion: loaded.version,
          seed,
          state: JSON.stringify(state),
          step: state.step,
        },
        select: { id: true },
      });
      return accept({ runId: run.id });
    },
    { isolationLevel: 'Serializable' },
  );
}
