import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { createClass } from '@/lib/dal/classes';
import { createAssignment } from '@/lib/dal/assignments';
import { findOwnRunComment, loadClassReflections, saveRunComment } from '@/lib/dal/run-comments';
import type { SessionUser } from '@/lib/dal/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';

describe.each(databaseKinds())('reflections and private comments on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  async function classWithRuns() {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Reflections class');
    const made = await createAssignment(teacher, cls.id, {
      kind: 'SCENARIO',
      contentSlug: 'the-envoy',
      releaseAt: null,
      dueAt: null,
      maxAttempts: null,
      feedbackMode: 'PRACTICE',
    });
    if (!made.ok) throw new Error('assignment not created');
    const pupils: SessionUser[] = [];
    const runs: string[] = [];
    for (const name of ['Amara', 'Sam']) {
      const pupil = await makeUser(t.db, 'STUDENT', name);
      await t.db.enrollment.create({ data: { classId: cls.id, studentId: pupil.id } });
      const run = await t.db.scenarioRun.create({
        data: {
          studentId: pupil.id,
          scenarioSlug: 'the-envoy',
          assignmentId: made.id,
          contentVersion: 'v',
          seed: 1,
          state: '{}',
          reflection: `${name}: the allies must all agree.`,
          endedAt: new Date(),
        },
      });
      pupils.push(pupil);
      runs.push(run.id);
    }
    return { teacher, cls, pupils, runs };
  }

  it('gathers the class’s reflections and keeps each comment private to its pupil', async () => {
    const { teacher, cls, pupils, runs } = await classWithRuns();
    const [amara, sam] = pupils as [SessionUser, SessionUser];
    const [amaraRun, samRun] = runs as [string, string];

    const before = await loadClassReflections(teacher, cls.id);
    expect(before?.reflections.map((r) => r.studentName).sort()).toEqual(['Amara', 'Sam']);
    expect(before?.reflections.every((r) => r.comment === null)).toBe(true);

    expect(await saveRunComment(teacher, cls.id, amaraRun, '  Good point about unanimity.  ')).toEqual({
      ok: true,
      saved: 'saved',
    });
    // A second submit of the same form saves it once.
    await saveRunComment(teacher, cls.id, amaraRun, 'Good point about unanimity.');
    expect(await t.db.runComment.count({ where: { runId: amaraRun } })).toBe(1);

    expect((await findOwnRunComment(amara, amaraRun))?.body).toBe('Good point about unanimity.');
    // Sam sees nothing on his own run, and nothing when he asks for Amara's.
    expect(await findOwnRunComment(sam, samRun)).toBeNull();
    expect(await findOwnRunComment(sam, amaraRun)).toBeNull();

    const after = await loadClassReflections(teacher, cls.id);
    expect(after?.reflections.find((r) => r.runId === amaraRun)?.comment).toBe('Good point about unanimity.');

    expect(await saveRunComment(teacher, cls.id, amaraRun, '   ')).toEqual({ ok: true, saved: 'removed' });
    expect(await findOwnRunComment(amara, amaraRun)).toBeNull();
  });

  it('refuses another teacher, a student, and a run outside the class', async () => {
    const { teacher, cls, runs, pupils } = await classWithRuns();
    const other = await classWithRuns();
    const intruder = await makeUser(t.db, 'TEACHER');
    const run = runs[0] ?? '';
    expect(await saveRunComment(intruder, cls.id, run, 'hi')).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await saveRunComment(pupils[0] as SessionUser, cls.id, run, 'hi')).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    // The teacher's own class id does not open another class's run.
    expect(await saveRunComment(teacher, cls.id, other.runs[0] ?? '', 'hi')).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect(await loadClassReflections(intruder, cls.id)).toBeNull();
    // A pupil who left the class drops out of the list and cannot be commented on.
    await t.db.enrollment.deleteMany({ where: { classId: cls.id, studentId: pupils[0]?.id ?? '' } });
    expect((await loadClassReflections(teacher, cls.id))?.reflections).toHaveLength(1);
    expect((await saveRunComment(teacher, cls.id, run, 'hi')).ok).toBe(false);
    expect(await t.db.runComment.count()).toBe(0);
  });
});
