import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { verifyPassword } from '@/lib/dal/passwords';
import { createClass, joinClassByCode } from '@/lib/dal/classes';
import { listRoster } from '@/lib/dal/roster';
import { createStudentBatch } from '@/lib/dal/roster-batch';
import { reissueUnusedCards } from '@/lib/dal/roster-reprint';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';

describe.each(databaseKinds())('bulk pupil accounts on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  const pupilsIn = (classId: string) => t.db.enrollment.count({ where: { classId } });

  it('a second submit of the same form creates nothing twice, even two at once', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Double click');
    const names = ['Iryna Bondar', 'Mykola Shevchuk', 'Pupil 3'];
    const [first, second] = await Promise.all([
      createStudentBatch(teacher, cls.id, names, 'form-key-1', 'ask'),
      createStudentBatch(teacher, cls.id, names, 'form-key-1', 'ask'),
    ]);
    expect([first?.kind, second?.kind].sort()).toEqual(['already-created', 'created']);
    expect(await pupilsIn(cls.id)).toBe(3);
    expect(await createStudentBatch(teacher, cls.id, names, 'form-key-1', 'create-all')).toEqual({
      kind: 'already-created',
      count: 3,
    });
    expect(await pupilsIn(cls.id)).toBe(3);
  });

  it('flags names typed twice or already in the class before creating anything; the teacher chooses', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Two Bens');
    await createStudentBatch(teacher, cls.id, ['Ben Carter'], 'first-list', 'ask');
    const list = ['ben carter', 'Ann Lee', 'Ann Lee', 'Ira Rudenko'];
    expect(await createStudentBatch(teacher, cls.id, list, 'second-list', 'ask')).toEqual({
      kind: 'duplicates',
      duplicates: [
        { name: 'Ann Lee', timesInList: 2, alreadyInClass: false },
        { name: 'ben carter', timesInList: 1, alreadyInClass: true },
      ],
    });
    expect(await pupilsIn(cls.id)).toBe(1);
    const skipped = await createStudentBatch(teacher, cls.id, list, 'second-list', 'skip');
    expect(skipped?.kind === 'created' ? skipped.cards.map((c) => c.displayName) : []).toEqual([
      'Ann Lee',
      'Ira Rudenko',
    ]);
    const all = await createStudentBatch(teacher, cls.id, ['Ann Lee'], 'third-list', 'create-all');
    expect(all?.kind).toBe('created');
    expect((await listRoster(teacher, cls.id))?.map((s) => s.displayName)).toEqual([
      'Ann Lee',
      'Ann Lee',
      'Ben Carter',
      'Ira Rudenko',
    ]);
  });

  it('refuses another teacher’s class', async () => {
    const owner = await makeUser(t.db, 'TEACHER');
    const intruder = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(owner, 'Guarded');
    expect(await createStudentBatch(intruder, cls.id, ['Sneaky'], 'k', 'create-all')).toBeNull();
    expect(await reissueUnusedCards(intruder, cls.id)).toBeNull();
    expect(await pupilsIn(cls.id)).toBe(0);
  });

  it('reprints unused cards with fresh passwords: old cards stop working, nobody else is touched', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Reprint');
    const made = await createStudentBatch(teacher, cls.id, ['Pupil 10', 'Pupil 2', 'Signed in'], 'k', 'ask');
    const cards = made?.kind === 'created' ? made.cards : [];
    const signedIn = await t.db.user.findUniqueOrThrow({ where: { username: cards[2]?.username ?? '' } });
    await t.db.user.update({ where: { id: signedIn.id }, data: { mustChangePassword: false } });
    // A pupil who joined with the code, and one another teacher made: not this teacher's to reset.
    const own = await makeUser(t.db, 'STUDENT', 'self-registered');
    await joinClassByCode(own, cls.joinCode ?? '');
    const otherTeacher = await makeUser(t.db, 'TEACHER');
    const otherClass = await createClass(otherTeacher, 'Elsewhere');
    const theirs = await createStudentBatch(otherTeacher, otherClass.id, ['Visitor'], 'k', 'ask');
    const visitorCard = theirs?.kind === 'created' ? theirs.cards[0] : undefined;
    const visitor = await t.db.user.findUniqueOrThrow({ where: { username: visitorCard?.username ?? '' } });
    await joinClassByCode({ ...visitor, role: 'STUDENT' }, cls.joinCode ?? '');
    const untouched = await t.db.user.findMany({
      where: { id: { in: [signedIn.id, own.id, visitor.id] } },
      orderBy: { id: 'asc' },
    });

    const fresh = (await reissueUnusedCards(teacher, cls.id)) ?? [];
    expect(fresh.map((c) => c.displayName)).toEqual(['Pupil 2', 'Pupil 10']);
    for (const card of fresh) {
      const before = cards.find((c) => c.username === card.username);
      const row = await t.db.user.findUniqueOrThrow({ where: { username: card.username } });
      expect(await verifyPassword(row.passwordHash, card.oneTimePassword)).toBe(true);
      expect(await verifyPassword(row.passwordHash, before?.oneTimePassword ?? '')).toBe(false);
      expect(row).toMatchObject({ mustChangePassword: true, sessionVersion: 1 });
    }
    expect(
      await t.db.user.findMany({ where: { id: { in: untouched.map((u) => u.id) } }, orderBy: { id: 'asc' } }),
    ).toEqual(untouched);
  });
});
