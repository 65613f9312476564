import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { createClass, joinClassByCode } from '@/lib/dal/classes';
import { createAssignment, listStudentAssignments, type NewAssignment } from '@/lib/dal/assignments';
import { setPupilOverride } from '@/lib/dal/assignment-overrides';
import { startAttempt } from '@/lib/dal/attempt-entry';
import { submitAttempt as submitOwnAttempt } from '@/lib/dal/attempt-close';
import { loadProgressBoard } from '@/lib/dal/board';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';

const HOUR = 3_600_000;
const slug = 'article-5-borders';

describe.each(databaseKinds())('late work, extensions and extra attempts on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  const now = new Date();
  const dueAt = new Date(now.getTime() - HOUR);
  const quiz: NewAssignment = {
    kind: 'QUIZ',
    contentSlug: slug,
    releaseAt: null,
    dueAt,
    maxAttempts: 1,
    feedbackMode: 'PRACTICE',
  };

  async function classWithPupils(settings: Partial<NewAssignment> = {}) {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Terms');
    const [ira, max] = [await makeUser(t.db, 'STUDENT', 'Ira'), await makeUser(t.db, 'STUDENT', 'Max')];
    for (const s of [ira, max]) await joinClassByCode(s, cls.joinCode ?? '');
    const created = await createAssignment(teacher, cls.id, { ...quiz, ...settings });
    if (!created.ok) throw new Error(created.reason);
    return { teacher, cls, ira, max, assignmentId: created.id };
  }
  const start = (student: Parameters<typeof startAttempt>[0], assignmentId: string, at = now) =>
    startAttempt(student, { slug, mode: 'test', assignmentId }, at);

  it('after the due date refuses a start, unless late work is accepted: then the work is marked late', async () => {
    const closed = await classWithPupils();
    expect(await start(closed.ira, closed.assignmentId)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await t.db.quizAttempt.count({ where: { assignmentId: closed.assignmentId } })).toBe(0);

    const open = await classWithPupils({ acceptLateWork: true });
    const started = await start(open.ira, open.assignmentId);
    if (!started.ok) throw new Error(JSON.stringify(started));
    const submitted = await submitOwnAttempt(open.ira, started.value.attemptId, { seq: 0 }, now);
    expect(submitted.ok).toBe(true);
    const board = await loadProgressBoard(open.teacher, open.cls.id, now);
    expect(board?.assignments[0]?.acceptLateWork).toBe(true);
    const ira = board?.students.find((s) => s.id === open.ira.id)?.cells[0];
    expect(ira).toMatchObject({ status: 'late', lateReason: 'submitted-late', attemptsRemaining: 0 });
    // The limit still holds after the due date.
    expect(await start(open.ira, open.assignmentId)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect((await listStudentAssignments(open.max, now))[0]).toMatchObject({
      refusal: null,
      terms: { acceptLateWork: true, extendedTo: null, extraAttempts: 0 },
    });
  });

  it('a review-after-due test with late work: once its answers are open, only a pupil who never took it may start', async () => {
    const test = await classWithPupils({
      feedbackMode: 'TEST_AFTER_DUE',
      acceptLateWork: true,
      maxAttempts: 3,
    });
    const beforeDue = new Date(dueAt.getTime() - HOUR);
    const first = await start(test.ira, test.assignmentId, beforeDue);
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect((await submitOwnAttempt(test.ira, first.value.attemptId, { seq: 0 }, beforeDue)).ok).toBe(true);
    // After the due date Ira could read the answers: a second attempt would be answered from them.
    expect(await start(test.ira, test.assignmentId)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(
      await t.db.quizAttempt.count({ where: { assignmentId: test.assignmentId, studentId: test.ira.id } }),
    ).toBe(1);
    expect((await listStudentAssignments(test.ira, now))[0]?.refusal).toBe('answers-shown');
    // Max never took it: late work lets him start, marked late.
    expect((await start(test.max, test.assignmentId)).ok).toBe(true);
  });

  it('a review-after-due test: an attempt still open when the answers open closes if another can be reviewed', async () => {
    const test = await classWithPupils({
      feedbackMode: 'TEST_AFTER_DUE',
      acceptLateWork: true,
      maxAttempts: 3,
    });
    const beforeDue = new Date(dueAt.getTime() - HOUR);
    const begin = async (who: typeof test.ira) => {
      const started = await start(who, test.assignmentId, beforeDue);
      if (!started.ok) throw new Error(JSON.stringify(started));
      return started.value.attemptId;
    };
    const first = await begin(test.ira);
    expect((await submitOwnAttempt(test.ira, first, { seq: 0 }, beforeDue)).ok).toBe(true);
    const second = await begin(test.ira);
    const onlyOne = await begin(test.max);
    // After the due date Ira can read the first attempt's answers: the second cannot be finished from them.
    expect(await submitOwnAttempt(test.ira, second, { seq: 0 }, now)).toMatchObject({
      ok: false,
      kind: 'closed',
    });
    expect((await t.db.quizAttempt.findUnique({ where: { id: second } }))?.state).toBe('ABANDONED');
    // Max has nothing to read: late work lets him finish his only attempt.
    expect((await submitOwnAttempt(test.max, onlyOne, { seq: 0 }, now)).ok).toBe(true);
  });

  it('an extension lets one pupil start and submit on time, until their own date', async () => {
    const { teacher, cls, ira, max, assignmentId } = await classWithPupils();
    const extendedTo = new Date(now.getTime() + 24 * HOUR);
    expect(
      await setPupilOverride(teacher, assignmentId, ira.id, { dueAt: extendedTo, extraAttempts: 0 }),
    ).toBe(true);
    expect(await start(max, assignmentId)).toMatchObject({ ok: false, kind: 'forbidden' });
    const started = await start(ira, assignmentId);
    if (!started.ok) throw new Error(JSON.stringify(started));
    expect((await submitOwnAttempt(ira, started.value.attemptId, { seq: 0 }, now)).ok).toBe(true);
    const cells = (await loadProgressBoard(teacher, cls.id, now))?.students;
    expect(cells?.find((s) => s.id === ira.id)?.cells[0]).toMatchObject({
      status: 'done',
      terms: { extendedTo: extendedTo.toISOString() },
    });
    expect(cells?.find((s) => s.id === max.id)?.cells[0]).toMatchObject({
      status: 'late',
      lateReason: 'overdue',
    });
    expect((await listStudentAssignments(ira, now))[0]).toMatchObject({
      dueAt: extendedTo,
      status: 'done',
      terms: { extendedTo: extendedTo.toISOString() },
    });
    // Past the extension, the pupil is refused like everyone else.
    await setPupilOverride(teacher, assignmentId, ira.id, { dueAt: extendedTo, extraAttempts: 1 });
    const afterExtension = new Date(extendedTo.getTime() + 1);
    expect(await start(ira, assignmentId, afterExtension)).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('an attempt open at the class’s due date stays open for an extended pupil and closes for the rest', async () => {
    const { teacher, ira, max, assignmentId } = await classWithPupils({
      dueAt: new Date(now.getTime() + HOUR),
    });
    await setPupilOverride(teacher, assignmentId, ira.id, {
      dueAt: new Date(now.getTime() + 3 * HOUR),
      extraAttempts: 0,
    });
    const [iraAttempt, maxAttempt] = [await start(ira, assignmentId), await start(max, assignmentId)];
    if (!iraAttempt.ok || !maxAttempt.ok) throw new Error('could not start');
    const later = new Date(now.getTime() + 2 * HOUR);
    expect((await submitOwnAttempt(max, maxAttempt.value.attemptId, { seq: 0 }, later)).ok).toBe(false);
    expect((await submitOwnAttempt(ira, iraAttempt.value.attemptId, { seq: 0 }, later)).ok).toBe(true);
  });

  it('an extra attempt for one pupil lets only them try again', async () => {
    const { teacher, cls, ira, max, assignmentId } = await classWithPupils({ dueAt: null });
    for (const s of [ira, max]) {
      const a = await start(s, assignmentId);
      if (!a.ok) throw new Error(JSON.stringify(a));
      await submitOwnAttempt(s, a.value.attemptId, { seq: 0 }, now);
    }
    expect(await setPupilOverride(teacher, assignmentId, ira.id, { dueAt: null, extraAttempts: 1 })).toBe(
      true,
    );
    expect(await start(max, assignmentId)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect((await start(ira, assignmentId)).ok).toBe(true);
    expect(await start(ira, assignmentId)).toMatchObject({ ok: true }); // resumes the open one
    const cell = (await loadProgressBoard(teacher, cls.id, now))?.students.find((s) => s.id === ira.id)
      ?.cells[0];
    expect(cell).toMatchObject({ attemptCount: 2, attemptsRemaining: 0, terms: { extraAttempts: 1 } });
    // Back to the class's terms: the override row goes.
    expect(await setPupilOverride(teacher, assignmentId, ira.id, { dueAt: null, extraAttempts: 0 })).toBe(
      true,
    );
    expect(await t.db.assignmentOverride.count({ where: { assignmentId } })).toBe(0);
  });

  it('only the class’s teacher may change a pupil’s terms, and only for a pupil in the class', async () => {
    const { ira, assignmentId } = await classWithPupils();
    const intruder = await makeUser(t.db, 'TEACHER');
    const stranger = await makeUser(t.db, 'STUDENT');
    const extension = { dueAt: new Date(now.getTime() + HOUR), extraAttempts: 2 };
    expect(await setPupilOverride(intruder, assignmentId, ira.id, extension)).toBe(false);
    const owner = await t.db.assignment.findUniqueOrThrow({
      where: { id: assignmentId },
      select: { class: { select: { teacherId: true } } },
    });
    const teacher = { ...ira, id: owner.class.teacherId, role: 'TEACHER' as const };
    expect(await setPupilOverride(teacher, assignmentId, stranger.id, extension)).toBe(false);
    expect(await setPupilOverride(ira, assignmentId, ira.id, extension)).toBe(false);
    expect(await t.db.assignmentOverride.count({ where: { assignmentId } })).toBe(0);
  });
});
