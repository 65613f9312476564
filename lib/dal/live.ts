import 'server-only';
import { db } from '@/lib/db';
import { getModule } from '@/lib/content/load';
import { applyControl, firstQuestionState, type TLiveControl } from '@/lib/live/controls';
import { realtimeBus } from '@/lib/realtime/server-bus';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { closeAttempt } from './attempt-close';
import type { Tx } from './db-tx';
import { LIVE_SESSION_COLUMNS, itemOrderOf, liveTopic, stateOf } from './live-rows';
import type { SessionUser } from './users';

/**
 * Live lessons: start, teacher controls, end. The session row is the shared truth; every accepted
 * control is a compare-and-set on `seq` followed by a NOTIFY of the session's topic (ids only).
 * A control carrying an old seq changes nothing and answers with the current state, so a double
 * click on Next moves one question.
 */

/** The teacher's own session (404 for anyone else's). */
export function findTeacherLiveSession(teacher: SessionUser, sessionId: string) {
  return db().liveSession.findFirst({
    where: { id: sessionId, class: { teacherId: teacher.id } },
    select: LIVE_SESSION_COLUMNS,
  });
}

/** The session's version for the SSE stream; null when it does not exist. */
export async function liveSessionVersion(sessionId: string): Promise<number | null> {
  const row = await db().liveSession.findUnique({ where: { id: sessionId }, select: { seq: true } });
  return row?.seq ?? null;
}

/** The class's running lesson, if any (one at a time per class). */
export function findRunningLiveSession(teacher: SessionUser, classId: string) {
  return db().liveSession.findFirst({
    where: { classId, endedAt: null, class: { teacherId: teacher.id } },
    select: { id: true, contentSlug: true, startedAt: true },
  });
}

/** The class's lessons, newest first, for the start page's history and reports. */
export function listClassLiveSessions(teacher: SessionUser, classId: string) {
  return db().liveSession.findMany({
    where: { classId, class: { teacherId: teacher.id } },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: { id: true, contentSlug: true, startedAt: true, endedAt: true },
  });
}

export type TStartLiveInput = { classId: string; moduleSlug: string; questionIds: string[] };

/**
 * Starts a live lesson on a module's questions (all, or the chosen ones in the chosen order). A
 * class runs one lesson at a time: starting the same lesson again (a double click) returns the
 * running one; a different one is refused until the running one ends.
 */
export async function startLiveSession(
  teacher: SessionUser,
  input: TStartLiveInput,
): Promise<TOutcome<{ sessionId: string }>> {
  const owned = await db().class.findFirst({
    where: { id: input.classId, teacherId: teacher.id, archivedAt: null },
    select: { id: true },
  });
  if (!owned) return refuse('not-found', 'No such class.');
  const quizModule = getModule(input.moduleSlug);
  if (!quizModule) return refuse('not-found', 'No such module.');
  const known = new Set(quizModule.questions.map((q) => q.id));
  const chosen = input.questionIds.length > 0 ? input.questionIds : quizModule.questions.map((q) => q.id);
  if (new Set(chosen).size !== chosen.length) return refuse('invalid', 'A question is listed twice.');
  if (chosen.some((id) => !known.has(id)))
    return refuse('invalid', 'A chosen question is not in this module.');
  const itemOrder = JSON.stringify(chosen);

  const running = await db().liveSession.findFirst({
    where: { classId: owned.id, endedAt: null },
    select: { id: true, contentSlug: true, itemOrder: true },
  });
  if (running) {
    if (running.contentSlug === quizModule.id && running.itemOrder === itemOrder)
      return accept({ sessionId: running.id });
    return refuse('conflict', 'A live lesson is already running in this class; end it first.');
  }
  const created = await db().liveSession.create({
    data: {
      classId: owned.id,
      kind: 'QUIZ',
      contentSlug: quizModule.id,
      contentVersion: quizModule.version,
      itemOrder,
      ...firstQuestionState(),
    },
    select: { id: true },
  });
  // Two clicks racing past the check above: keep the earliest running lesson, drop the other.
  const open = await db().liveSession.findMany({
    where: { classId: owned.id, endedAt: null },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  const keep = open[0]?.id ?? created.id;
  if (keep !== created.id) {
    await db().liveSession.deleteMany({ where: { id: created.id, seq: 0 } });
    return accept({ sessionId: keep });
  }
  return accept({ sessionId: created.id });
}

export type TControlOutcome = { applied: boolean; seq: number; reason: string | null };

/** Applies one teacher control if `seq` is the version the teacher saw. */
export async function controlLiveSession(
  teacher: SessionUser,
  sessionId: string,
  input: { control: TLiveControl; seq: number },
  now = new Date(),
): Promise<TOutcome<TControlOutcome>> {
  const row = await findTeacherLiveSession(teacher, sessionId);
  if (!row) return refuse('not-found', 'No such live lesson.');
  // A repeat of a control already applied (double click, retry): nothing to do, report where it is.
  if (input.seq !== row.seq) return accept({ applied: false, seq: row.seq, reason: null });
  const result = applyControl(stateOf(row), input.control, itemOrderOf(row).length);
  if (!result.ok) return accept({ applied: false, seq: row.seq, reason: result.reason });
  const ending = result.state.phase === 'ENDED';
  const applied = await db().$transaction(async (tx) => {
    const claimed = await tx.liveSession.updateMany({
      where: { id: sessionId, seq: input.seq },
      data: { ...result.state, seq: { increment: 1 }, ...(ending ? { endedAt: now } : {}) },
    });
    if (claimed.count === 0) return false;
    if (ending) await closeLiveAttempts(tx, sessionId, now);
    return true;
  });
  const current = applied ? input.seq + 1 : ((await liveSessionVersion(sessionId)) ?? row.seq);
  if (applied) await realtimeBus().publish(liveTopic(sessionId));
  return accept({ applied, seq: current, reason: null });
}

/** Ending the lesson submits every student's live attempt, scored on the answers they gave. */
async function closeLiveAttempts(tx: Tx, sessionId: string, now: Date): Promise<void> {
  const attempts = await tx.quizAttempt.findMany({
    where: { liveSessionId: sessionId, state: 'IN_PROGRESS' },
    select: { id: true, seq: true, questionOrder: true },
  });
  // The same closing as a submitted quiz; live answers already count, so nothing more to schedule.
  for (const attempt of attempts) await closeAttempt(tx, attempt, 'SUBMITTED', now);
}
