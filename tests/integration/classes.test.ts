import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import {
  archiveClass,
  createClass,
  disableJoining,
  findTeacherClass,
  joinClassByCode,
  listStudentClasses,
  listTeacherClasses,
  renameClass,
  restoreClass,
  rotateJoinCode,
} from '@/lib/dal/classes';
import { formatJoinCode } from '@/lib/join-code';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';

describe.each(databaseKinds())('classes and join codes on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  it('lets a student join with the code as typed, once', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const student = await makeUser(t.db, 'STUDENT');
    const cls = await createClass(teacher, 'Year 11');
    expect(cls.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const typed = ` ${formatJoinCode(cls.joinCode ?? '').toLowerCase()} `;
    expect(await joinClassByCode(student, typed)).toEqual({
      ok: true,
      value: { className: 'Year 11', already: false },
    });
    expect(await joinClassByCode(student, typed)).toEqual({
      ok: true,
      value: { className: 'Year 11', already: true },
    });
    expect(await t.db.enrollment.count({ where: { classId: cls.id } })).toBe(1);
    expect((await listStudentClasses(student)).map((e) => e.class.name)).toEqual(['Year 11']);
  });

  it('refuses a rotated code and accepts the new one', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const student = await makeUser(t.db, 'STUDENT');
    const cls = await createClass(teacher, 'Rotating');
    expect(await rotateJoinCode(teacher, cls.id)).toBe(true);
    const fresh = await findTeacherClass(teacher, cls.id);
    expect(fresh?.joinCode).not.toBe(cls.joinCode);
    expect(await joinClassByCode(student, cls.joinCode ?? '')).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect((await joinClassByCode(student, fresh?.joinCode ?? '')).ok).toBe(true);
  });

  it('refuses every code while joining is off or the class is archived', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const student = await makeUser(t.db, 'STUDENT');
    const cls = await createClass(teacher, 'Closed');
    expect(await disableJoining(teacher, cls.id)).toBe(true);
    expect((await findTeacherClass(teacher, cls.id))?.joinCode).toBeNull();
    expect(await joinClassByCode(student, cls.joinCode ?? '')).toMatchObject({
      ok: false,
      kind: 'not-found',
    });

    const other = await createClass(teacher, 'Archived');
    expect(await archiveClass(teacher, other.id)).toBe(true);
    expect(await joinClassByCode(student, other.joinCode ?? '')).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect((await listTeacherClasses(teacher)).map((c) => c.name)).toEqual(['Closed']);
    expect((await listTeacherClasses(teacher, { archived: true })).map((c) => c.name)).toEqual(['Archived']);
    expect(await restoreClass(teacher, other.id)).toBe(true);
    expect((await listTeacherClasses(teacher)).map((c) => c.name)).toEqual(['Closed', 'Archived']);
    expect(await t.db.enrollment.count({ where: { studentId: student.id } })).toBe(0);
  });

  it('refuses malformed codes and teachers joining', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Strict');
    const student = await makeUser(t.db, 'STUDENT');
    for (const typed of ['', 'ABCD', 'ABCD-234O', 'x'.repeat(30)])
      expect(await joinClassByCode(student, typed)).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await joinClassByCode(teacher, cls.joinCode ?? '')).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
  });

  it('changes nothing in another teacher’s class', async () => {
    const owner = await makeUser(t.db, 'TEACHER');
    const intruder = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(owner, 'Mine');
    expect(await findTeacherClass(intruder, cls.id)).toBeNull();
    expect(await renameClass(intruder, cls.id, 'Stolen')).toBe(false);
    expect(await rotateJoinCode(intruder, cls.id)).toBe(false);
    expect(await disableJoining(intruder, cls.id)).toBe(false);
    expect(await archiveClass(intruder, cls.id)).toBe(false);
    const after = await findTeacherClass(owner, cls.id);
    expect(after).toMatchObject({ name: 'Mine', joinCode: cls.joinCode, archivedAt: null });
    expect(await renameClass(owner, cls.id, 'Renamed')).toBe(true);
    expect((await findTeacherClass(owner, cls.id))?.name).toBe('Renamed');
  });
});
