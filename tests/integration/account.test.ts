import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { hashPassword, verifyPassword } from '@/lib/dal/passwords';
import { createClass } from '@/lib/dal/classes';
import { createAssignment } from '@/lib/dal/assignments';
import { changeOwnPassword, deleteOwnAccount, exportOwnData } from '@/lib/dal/account-data';
import { createUser, type SessionUser } from '@/lib/dal/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser, submitAttempt } from './support/teacher-fixtures';

describe.each(databaseKinds())('own data export and deletion on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  /** A student with a row in every table that holds student data, and a classmate with the same. */
  async function studentWithEverything(password: string) {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Data');
    const quiz = await createAssignment(teacher, cls.id, {
      kind: 'QUIZ',
      contentSlug: 'article-5-borders',
      releaseAt: null,
      dueAt: null,
      maxAttempts: null,
      feedbackMode: 'TEST',
    });
    if (!quiz.ok) throw new Error('assign failed');
    const make = async (name: string) => {
      const s = await makeUser(t.db, 'STUDENT', name);
      await t.db.user.update({ where: { id: s.id }, data: { passwordHash: await hashPassword(password) } });
      await t.db.enrollment.create({ data: { classId: cls.id, studentId: s.id } });
      await submitAttempt(t.db, {
        studentId: s.id,
        assignmentId: quiz.id,
        moduleSlug: 'article-5-borders',
        answers: [{ questionId: 'a5-worldwide', correct: true }],
      });
      await t.db.scenarioRun.create({
        data: {
          studentId: s.id,
          scenarioSlug: 'the-envoy',
          contentVersion: 'v',
          seed: 1,
          state: '{}',
          reflection: `${name} reflects`,
          decisions: { create: [{ step: 0, nodeId: 'n', choiceId: 'c' }] },
        },
      });
      await t.db.topicMastery.create({
        data: { studentId: s.id, topic: 'article-5', level: 'familiar', weightedScore: 0.6 },
      });
      await t.db.reviewItem.create({
        data: { studentId: s.id, kind: 'QUESTION', refId: 'a5-worldwide', card: '{}', due: new Date() },
      });
      return s;
    };
    return { teacher, cls, me: await make('Me'), classmate: await make('Classmate') };
  }

  async function rowsOf(userId: string) {
    const [users, enrollments, attempts, responses, runs, decisions, mastery, reviews] = await Promise.all([
      t.db.user.count({ where: { id: userId } }),
      t.db.enrollment.count({ where: { studentId: userId } }),
      t.db.quizAttempt.count({ where: { studentId: userId } }),
      t.db.quizResponse.count({ where: { attempt: { studentId: userId } } }),
      t.db.scenarioRun.count({ where: { studentId: userId } }),
      t.db.scenarioDecision.count({ where: { run: { studentId: userId } } }),
      t.db.topicMastery.count({ where: { studentId: userId } }),
      t.db.reviewItem.count({ where: { studentId: userId } }),
    ]);
    return { users, enrollments, attempts, responses, runs, decisions, mastery, reviews };
  }

  it('exports everything that is the student’s and nothing of anyone else', async () => {
    const { me, classmate } = await studentWithEverything('long-password-1');
    const data = await exportOwnData(me);
    const text = JSON.stringify(data);
    expect(data.account?.id).toBe(me.id);
    expect(text).not.toContain('passwordHash');
    expect(data.classes.map((c) => c.className)).toEqual(['Data']);
    expect(data.quizAttempts).toHaveLength(1);
    expect(data.quizAttempts[0]?.responses).toHaveLength(1);
    expect(data.scenarioRuns[0]?.reflection).toBe('Me reflects');
    expect(data.scenarioRuns[0]?.decisions).toHaveLength(1);
    expect(data.topicMastery).toHaveLength(1);
    expect(data.reviewItems).toHaveLength(1);
    expect(text).not.toContain(classmate.id);
    expect(text).not.toContain('Classmate reflects');
  });

  it('deletes every row of the student after the password, and only theirs', async () => {
    const { me, classmate, cls } = await studentWithEverything('long-password-2');
    await t.db.signInLimit.create({
      data: {
        key: `acct:${(await t.db.user.findUniqueOrThrow({ where: { id: me.id } })).username}`,
        points: 1,
      },
    });
    expect(await deleteOwnAccount(me, 'wrong-password')).toEqual({
      ok: false,
      kind: 'forbidden',
      reason: 'That is not your password. Nothing was deleted.',
    });
    expect(Object.values(await rowsOf(me.id)).every((n) => n > 0)).toBe(true);

    expect(await deleteOwnAccount(me, 'long-password-2')).toEqual({ ok: true, value: null });
    expect(await rowsOf(me.id)).toEqual({
      users: 0,
      enrollments: 0,
      attempts: 0,
      responses: 0,
      runs: 0,
      decisions: 0,
      mastery: 0,
      reviews: 0,
    });
    expect(await t.db.signInLimit.count({ where: { key: { startsWith: 'acct:me-' } } })).toBe(0);
    expect(Object.values(await rowsOf(classmate.id)).every((n) => n > 0)).toBe(true);
    expect(await t.db.class.count({ where: { id: cls.id } })).toBe(1);
  });

  it('refuses a second account with a taken username, saying nothing of who holds it', async () => {
    const identifier = `taken-${kind}`;
    const first = await createUser({
      displayName: 'First',
      identifier,
      password: 'long-password-1',
      role: 'STUDENT',
    });
    expect(first.ok).toBe(true);
    const again = await createUser({
      displayName: 'Second',
      identifier,
      password: 'long-password-2',
      role: 'TEACHER',
    });
    expect(again).toEqual({
      ok: false,
      kind: 'conflict',
      reason: 'That email or username cannot be used. Choose another.',
    });
    expect(await t.db.user.count({ where: { username: identifier } })).toBe(1);
  });

  it('changes a one-time password without the old one, and a chosen one only with it', async () => {
    const pupil = await makeUser(t.db, 'STUDENT');
    await t.db.user.update({
      where: { id: pupil.id },
      data: { mustChangePassword: true, passwordHash: await hashPassword('one-time-pass') },
    });
    const first: SessionUser = { ...pupil, mustChangePassword: true };
    expect(await changeOwnPassword(first, { next: 'my-own-password' })).toEqual({ ok: true, value: null });
    let row = await t.db.user.findUniqueOrThrow({ where: { id: pupil.id } });
    expect(row.mustChangePassword).toBe(false);
    expect(row.sessionVersion).toBe(pupil.sessionVersion);
    expect(await verifyPassword(row.passwordHash, 'my-own-password')).toBe(true);

    expect(await changeOwnPassword(pupil, { current: 'wrong', next: 'another-password' })).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(await changeOwnPassword(pupil, { current: 'my-own-password', next: 'another-password' })).toEqual({
      ok: true,
      value: null,
    });
    row = await t.db.user.findUniqueOrThrow({ where: { id: pupil.id } });
    expect(row.sessionVersion).toBe(pupil.sessionVersion + 1);
  });
});
