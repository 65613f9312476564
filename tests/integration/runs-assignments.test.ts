import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { scenarioStartContext, startRun } from '@/lib/dal/run-start';
import { startRefusalOutcome } from '@/lib/assignment/assignment-rules';
import type { SessionUser } from '@/lib/dal/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { createStudent } from './runs-support';

const DAY = 24 * 60 * 60 * 1000;

describe.each(databaseKinds())('scenario runs for assignments on %s', (kind) => {
  let t: TestDatabase;
  let student: SessionUser;
  let classId: string;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
    const teacher = await createStudent(t.db, 'TEACHER');
    student = await createStudent(t.db);
    const cls = await t.db.class.create({ data: { name: 'Year 11', teacherId: teacher.id } });
    classId = cls.id;
    await t.db.enrollment.create({ data: { classId, studentId: student.id } });
  });
  afterAll(() => t?.drop());

  const assign = (data: {
    releaseAt?: Date;
    dueAt?: Date;
    maxAttempts?: number;
    contentSlug?: string;
    kind?: string;
  }) =>
    t.db.assignment
      .create({ data: { classId, kind: 'SCENARIO', contentSlug: 'the-table', ...data } })
      .then((a) => a.id);

  it('links the run to the assignment and caps runs at maxAttempts, even for concurrent starts', async () => {
    const id = await assign({ maxAttempts: 1 });
    const results = await Promise.all([0, 1, 2].map(() => startRun(student, 'the-table', id)));
    const runIds = new Set(results.map((r) => (r.ok ? r.value.runId : r.reason)));
    expect(runIds.size).toBe(1);
    expect(await t.db.scenarioRun.count({ where: { assignmentId: id } })).toBe(1);
    const [runId] = [...runIds];
    await t.db.scenarioRun.update({ where: { id: runId }, data: { endedAt: new Date() } });
    expect(await startRun(student, 'the-table', id)).toEqual(startRefusalOutcome('no-attempts-left'));
    expect((await scenarioStartContext(student, 'the-table', id))?.refusal).toBe('no-attempts-left');
  });

  it('refuses before release and after the due date, but lets started work be resumed late', async () => {
    const now = new Date();
    expect(
      await startRun(student, 'the-table', await assign({ releaseAt: new Date(now.getTime() + DAY) })),
    ).toEqual(startRefusalOutcome('not-released'));
    expect(
      await startRun(student, 'the-table', await assign({ dueAt: new Date(now.getTime() - DAY) })),
    ).toEqual(startRefusalOutcome('past-due'));
    const dueSoon = await assign({ dueAt: new Date(now.getTime() + DAY) });
    const started = await startRun(student, 'the-table', dueSoon, now);
    if (!started.ok) throw new Error(started.reason);
    const late = new Date(now.getTime() + 2 * DAY);
    expect(await startRun(student, 'the-table', dueSoon, late)).toEqual({
      ok: true,
      value: { runId: started.value.runId },
    });
  });

  it('hides assignments of other classes, other scenarios and quizzes (404)', async () => {
    const stranger = await createStudent(t.db);
    const id = await assign({});
    expect(await startRun(stranger, 'the-table', id)).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await startRun(student, 'the-envoy', id)).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await startRun(student, 'the-table', await assign({ kind: 'QUIZ' }))).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect(await startRun(student, 'no-such-scenario', null)).toMatchObject({ ok: false, kind: 'not-found' });
  });
});
