import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { archiveClass, createClass } from '@/lib/dal/classes';
import { assignFromPreview } from '@/lib/dal/assign-from-preview';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';

describe.each(databaseKinds())('assign from a teacher preview on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  it('assigns the quiz once as practice, however often it is pressed', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Preview class');
    const first = await assignFromPreview(teacher, cls.id, 'escalation');
    const second = await assignFromPreview(teacher, cls.id, 'escalation');
    expect(first.ok && second.ok && first.id === second.id).toBe(true);
    const rows = await t.db.assignment.findMany({ where: { classId: cls.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'QUIZ',
      contentSlug: 'escalation',
      feedbackMode: 'PRACTICE',
      dueAt: null,
    });
    expect(await assignFromPreview(teacher, cls.id, 'no-such-module')).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
  });

  it('refuses another teacher’s class, an archived class and a student', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Theirs');
    const other = await makeUser(t.db, 'TEACHER');
    const pupil = await makeUser(t.db, 'STUDENT');
    expect(await assignFromPreview(other, cls.id, 'escalation')).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(await assignFromPreview(pupil, cls.id, 'escalation')).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    await archiveClass(teacher, cls.id);
    expect(await assignFromPreview(teacher, cls.id, 'escalation')).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(await t.db.assignment.count({ where: { classId: cls.id } })).toBe(0);
  });
});
