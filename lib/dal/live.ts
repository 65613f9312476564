import 'server-only';
import { db } from '@/lib/db';
import { getModule } from '@/lib/content/load';
import { applyControl, firstQuestionState, type TLiveControl } from '@/lib/live/controls';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import type { Tx } from './db-tx';
import { commitLessonState } from './live-commit';
import { settled } from './live-idle';
import { LIVE_SESSION_COLUMNS, itemOrderOf, stateOf, type TLiveSessionRow } from './live-rows';
import { liveRunOf } from './live-run';
import { applyScenarioControl } from '@/lib/live/scenario-controls';
import type { SessionUser } from './users';

/**
 * Live lessons: start, teacher controls, end. The session row is the shared truth; every accepted
 * control is a compare-and-set on `seq` followed by a NOTIFY of the session's topic (ids only).
 * A control carrying an old seq changes nothing and answers with the current state, so a double
 * click on Next moves one question. Every read of a lesson goes through `settled` (live-idle.ts),
 * which first ends a lesson left without a move for LIVE_IDLE_HOURS.
 */

/** The teacher's own session (404 for anyone else's). */
export function findTeacherLiveSession(teacher: SessionUser, sessionId: string, now = new Date()) {
  const read = () =>
    db().liveSession.findFirst({
      where: { id: sessionId, class: { teacherId: teacher.id } },
      select: LIVE_SESSION_COLUMNS,
    });
  return settled(read, now);
}

/** The session's version for the SSE stream; null when it does not exist. */
export async function liveSessionVersion(sessionId: string): Promise<number | null> {
  const row = await db().liveSession.findUnique({ where: { id: sessionId }, select: { seq: true } });
  return row?.seq ?? null;
}

/** The class's running lesson, if any (one at a time per class). */
export async function findRunningLiveSession(teacher: SessionUser, classId: string, now = new Date()) {
  const read = () =>
    db().liveSession.findFirst({
      where: { classId, endedAt: null, class: { teacherId: teacher.id } },
      select: LIVE_SESSION_COLUMNS,
    });
  const row = await settled(read, now);
  return row ? { id: row.id, contentSlug: row.contentSlug, startedAt: row.startedAt } : null;
}

/** The class's lessons, newest first, for the start page's history and reports. */
export async function listClassLiveSessions(teacher: SessionUser, classId: string, now = new Date()) {
  const read = () =>
    db().liveSession.findMany({
      where: { classId, class: { teacherId: teacher.id } },
      orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
      take: 20,
      select: LIVE_SESSION_COLUMNS,
    });
  const rows = await settled(read, now);
  return rows.map(({ id, contentSlug, startedAt, endedAt, endedBy }) => ({
    id,
    contentSlug,
    startedAt,
    endedAt,
    endedIdle: endedBy === 'IDLE',
  }));
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
  now = new Date(),
): Promise<TOutcome<{ sessionId: string }>> {
  const quizModule = getModule(input.moduleSlug);
  if (!quizModule) return refuse('not-found', 'No such module.');
  const known = new Set(quizModule.questions.map((q) => q.id));
  const chosen = input.questionIds.length > 0 ? input.questionIds : quizModule.questions.map((q) => q.id);
  if (new Set(chosen).size !== chosen.length) return refuse('invalid', 'A question is listed twice.');
  if (chosen.some((id) => !known.has(id)))
    return refuse('invalid', 'A chosen question is not in this module.');
  return openClassLesson(
    teacher,
    input.classId,
    {
      kind: 'QUIZ',
      contentSlug: quizModule.id,
      contentVersion: quizModule.version,
      itemOrder: JSON.stringify(chosen),
    },
    now,
  );
}

export type TClassLesson = {
  kind: 'QUIZ' | 'SCENARIO';
  contentSlug: string;
  contentVersion: string;
  itemOrder: string;
};

/**
 * Opens a lesson in the teacher's class, one at a time per class: the same lesson again (a double
 * click on Start) returns the running one; another is refused until it ends (or, left idle, is
 * ended by this very read). `withSession` adds what the lesson needs beside its row (a scenario's
 * run) in the same transaction.
 */
export async function openClassLesson(
  teacher: SessionUser,
  classId: string,
  lesson: TClassLesson,
  now: Date,
  withSession?: (tx: Tx, sessionId: string) => Promise<void>,
): Promise<TOutcome<{ sessionId: string }>> {
  const owned = await db().class.findFirst({
    where: { id: classId, teacherId: teacher.id, archivedAt: null },
    select: { id: true },
  });
  if (!owned) return refuse('not-found', 'No such class.');
  const running = await settled(
    () =>
      db().liveSession.findFirst({
        where: { classId: owned.id, endedAt: null },
        select: LIVE_SESSION_COLUMNS,
      }),
    now,
  );
  if (running) {
    const same =
      running.kind === lesson.kind &&
      running.contentSlug === lesson.contentSlug &&
      running.itemOrder === lesson.itemOrder;
    if (same) return accept({ sessionId: running.id });
    return refuse('conflict', 'A live lesson is already running in this class; end it first.');
  }
  const created = await db().$transaction(async (tx) => {
    const row = await tx.liveSession.create({
      data: { classId: owned.id, ...lesson, ...firstQuestionState(), startedAt: now, movedAt: now },
      select: { id: true },
    });
    if (withSession) await withSession(tx, row.id);
    return row;
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
  const row = await findTeacherLiveSession(teacher, sessionId, now);
  if (!row) return refuse('not-found', 'No such live lesson.');
  // A repeat of a control already applied (double click, retry): nothing to do, report where it is.
  if (input.seq !== row.seq) return accept({ applied: false, seq: row.seq, reason: null });
  const result = await controlResult(row, input.control);
  if (!result.ok) return accept({ applied: false, seq: row.seq, reason: result.reason });
  const applied = await commitLessonState(sessionId, input.seq, result.state, { at: now, by: 'TEACHER' });
  const current = applied ? input.seq + 1 : ((await liveSessionVersion(sessionId)) ?? row.seq);
  return accept({ applied, seq: current, reason: null });
}

/** What the control does to this lesson: a quiz moves through its questions, a scenario through its run. */
async function controlResult(row: TLiveSessionRow, control: TLiveControl) {
  if (row.kind !== 'SCENARIO') return applyControl(stateOf(row), control, itemOrderOf(row).length);
  const run = await liveRunOf(row.id);
  const position = run
    ? { step: run.state.step, ended: run.state.ended !== undefined }
    : { step: 0, ended: true };
  return applyScenarioControl(stateOf(row), control, position);
}
