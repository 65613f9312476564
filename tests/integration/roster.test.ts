import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { verifyPassword } from '@/lib/dal/passwords';
import { ZIdentifier, ZPassword } from '@/lib/accounts/schemas';
import { createClass, joinClassByCode } from '@/lib/dal/classes';
import {
  createStudentAccounts,
  listRoster,
  removeStudentFromClass,
  resetStudentPassword,
} from '@/lib/dal/roster';
import { parseNameList } from '@/lib/dal/roster-credentials';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';

describe.each(databaseKinds())('rosters on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  it('creates enrolled accounts with pseudonymous usernames and one-time passwords', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Bulk');
    const names = parseNameList('Olena Kovalenko\n\n  Taras   Shevchenko \nOlena Kovalenko\n');
    expect(names).toEqual(['Olena Kovalenko', 'Taras Shevchenko', 'Olena Kovalenko']);
    const cards = await createStudentAccounts(teacher, cls.id, names);
    expect(cards).toHaveLength(3);
    const usernames = new Set(cards?.map((c) => c.username));
    expect(usernames.size).toBe(3);
    for (const card of cards ?? []) {
      expect(ZIdentifier.safeParse(card.username).success).toBe(true);
      expect(card.username).not.toMatch(/olena|taras|kovalenko|shevchenko/);
      expect(ZPassword.safeParse(card.oneTimePassword).success).toBe(true);
      const row = await t.db.user.findUniqueOrThrow({ where: { username: card.username } });
      expect(row).toMatchObject({
        role: 'STUDENT',
        mustChangePassword: true,
        email: null,
        displayName: card.displayName,
      });
      expect(row.passwordHash).not.toContain(card.oneTimePassword);
      expect(await verifyPassword(row.passwordHash, card.oneTimePassword)).toBe(true);
    }
    const roster = await listRoster(teacher, cls.id);
    expect(roster?.map((s) => s.displayName)).toEqual([
      'Olena Kovalenko',
      'Olena Kovalenko',
      'Taras Shevchenko',
    ]);
  });

  it('resets a pupil’s password, ending their sessions', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Reset');
    const [card] = (await createStudentAccounts(teacher, cls.id, ['Pupil'])) ?? [];
    const pupil = await t.db.user.findUniqueOrThrow({ where: { username: card?.username ?? '' } });
    await t.db.user.update({ where: { id: pupil.id }, data: { mustChangePassword: false } });
    const result = await resetStudentPassword(teacher, cls.id, pupil.id);
    const reset = result.ok ? result.value : null;
    expect(reset?.username).toBe(pupil.username);
    const after = await t.db.user.findUniqueOrThrow({ where: { id: pupil.id } });
    expect(after.sessionVersion).toBe(pupil.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(true);
    expect(await verifyPassword(after.passwordHash, reset?.oneTimePassword ?? '')).toBe(true);
    expect(await verifyPassword(after.passwordHash, card?.oneTimePassword ?? '')).toBe(false);
  });

  it('refuses another teacher’s class and students outside the class', async () => {
    const owner = await makeUser(t.db, 'TEACHER');
    const intruder = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(owner, 'Guarded');
    const [card] = (await createStudentAccounts(owner, cls.id, ['Guarded pupil'])) ?? [];
    const pupil = await t.db.user.findUniqueOrThrow({ where: { username: card?.username ?? '' } });
    const before = await t.db.user.count();
    expect(await createStudentAccounts(intruder, cls.id, ['Sneaky'])).toBeNull();
    expect(await t.db.user.count()).toBe(before);
    expect(await listRoster(intruder, cls.id)).toBeNull();
    expect(await resetStudentPassword(intruder, cls.id, pupil.id)).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    const intruderClass = await createClass(intruder, 'Other');
    expect(await resetStudentPassword(intruder, intruderClass.id, pupil.id)).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect(await removeStudentFromClass(intruder, cls.id, pupil.id)).toBe(false);
    expect(await t.db.enrollment.count({ where: { classId: cls.id } })).toBe(1);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: pupil.id } })).passwordHash).toBe(
      pupil.passwordHash,
    );
  });

  it('never resets an account the student signed up for, even one with a username in the class', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Takeover');
    // makeUser signs a student up on their own (username, no creator), as the sign-up form does.
    const student = await makeUser(t.db, 'STUDENT', 'self-registered');
    expect(await joinClassByCode(student, cls.joinCode ?? '')).toMatchObject({ ok: true });
    const before = await t.db.user.findUniqueOrThrow({ where: { id: student.id } });
    expect(await resetStudentPassword(teacher, cls.id, student.id)).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: student.id } });
    expect(after).toMatchObject({
      passwordHash: before.passwordHash,
      sessionVersion: before.sessionVersion,
      mustChangePassword: false,
    });
    const row = (await listRoster(teacher, cls.id))?.find((s) => s.id === student.id);
    expect(row?.managedByTeacher).toBe(false);
  });

  it('lets only the creating teacher reset a pupil account, not a co-teacher of another class', async () => {
    const creator = await makeUser(t.db, 'TEACHER');
    const other = await makeUser(t.db, 'TEACHER');
    const own = await createClass(creator, 'Made here');
    const [card] = (await createStudentAccounts(creator, own.id, ['Made pupil'])) ?? [];
    const pupil = await t.db.user.findUniqueOrThrow({ where: { username: card?.username ?? '' } });
    expect(pupil.createdById).toBe(creator.id);
    const elsewhere = await createClass(other, 'Joined later');
    const asPupil = { ...pupil, role: 'STUDENT' as const };
    expect(await joinClassByCode(asPupil, elsewhere.joinCode ?? '')).toMatchObject({ ok: true });
    expect(await resetStudentPassword(other, elsewhere.id, pupil.id)).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect((await listRoster(creator, own.id))?.[0]?.managedByTeacher).toBe(true);
    expect((await resetStudentPassword(creator, own.id, pupil.id)).ok).toBe(true);
  });

  it('removes a student from the class but keeps the account', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Leaving');
    const [card] = (await createStudentAccounts(teacher, cls.id, ['Leaver'])) ?? [];
    const pupil = await t.db.user.findUniqueOrThrow({ where: { username: card?.username ?? '' } });
    expect(await removeStudentFromClass(teacher, cls.id, pupil.id)).toBe(true);
    expect(await removeStudentFromClass(teacher, cls.id, pupil.id)).toBe(false);
    expect(await listRoster(teacher, cls.id)).toEqual([]);
    expect(await t.db.user.count({ where: { id: pupil.id } })).toBe(1);
  });
});
