import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { createClass, joinClassByCode, archiveClass } from '@/lib/dal/classes';
import {
  createAssignment,
  deleteAssignment,
  listClassAssignments,
  listStudentAssignments,
  updateAssignmentSettings,
  type NewAssignment,
} from '@/lib/dal/assignments';
import { startRefusal } from '@/lib/assignment/assignment-rules';
import { fieldErrors } from '@/lib/accounts/schemas';
import { ZAssignmentForm } from '@/app/(teacher)/teacher/classes/[classId]/assignments/assignment-schema';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser, submitAttempt } from './support/teacher-fixtures';

const HOUR = 3_600_000;
const base: NewAssignment = {
  kind: 'QUIZ',
  contentSlug: 'article-5-borders',
  releaseAt: null,
  dueAt: null,
  maxAttempts: null,
  feedbackMode: 'PRACTICE',
};

describe.each(databaseKinds())('assignments on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  async function classWithStudent() {
    const teacher = await makeUser(t.db, 'TEACHER');
    const student = await makeUser(t.db, 'STUDENT');
    const cls = await createClass(teacher, 'Assigned');
    await joinClassByCode(student, cls.joinCode ?? '');
    return { teacher, student, cls };
  }

  it('creates assignments only for the teacher’s own class and for real content', async () => {
    const { teacher, cls } = await classWithStudent();
    const intruder = await makeUser(t.db, 'TEACHER');
    expect(await createAssignment(intruder, cls.id, base)).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await createAssignment(teacher, cls.id, { ...base, contentSlug: 'no-such-module' })).toMatchObject(
      {
        ok: false,
        kind: 'invalid',
      },
    );
    const created = await createAssignment(teacher, cls.id, {
      ...base,
      kind: 'SCENARIO',
      contentSlug: 'the-envoy',
    });
    expect(created.ok).toBe(true);
    expect((await listClassAssignments(teacher, cls.id)).map((a) => a.contentSlug)).toEqual(['the-envoy']);
    expect(await listClassAssignments(intruder, cls.id)).toEqual([]);
    expect(await deleteAssignment(intruder, created.ok ? created.id : '')).toBe(false);
    expect(await deleteAssignment(teacher, created.ok ? created.id : '')).toBe(true);
  });

  it('edits an assignment in place: work stays attached, the pupil’s card says what now applies', async () => {
    const { teacher, student, cls } = await classWithStudent();
    const now = new Date();
    const created = await createAssignment(teacher, cls.id, {
      ...base,
      dueAt: new Date(now.getTime() - HOUR),
      maxAttempts: 1,
    });
    if (!created.ok) throw new Error(created.reason);
    await submitAttempt(t.db, {
      studentId: student.id,
      assignmentId: created.id,
      moduleSlug: base.contentSlug,
      answers: [{ questionId: 'a5-what-article-5-says', correct: true }],
      submittedAt: new Date(now.getTime() - 2 * HOUR),
    });
    expect((await listStudentAssignments(student, now))[0]).toMatchObject({
      refusal: 'past-due',
      attemptsUsed: 1,
    });

    const settings = {
      releaseAt: null,
      dueAt: new Date(now.getTime() + 24 * HOUR),
      maxAttempts: 3,
      feedbackMode: 'TEST' as const,
    };
    expect(await updateAssignmentSettings(await makeUser(t.db, 'TEACHER'), created.id, settings)).toBe(false);
    expect(await updateAssignmentSettings(student, created.id, settings)).toBe(false);
    expect(await updateAssignmentSettings(teacher, created.id, settings)).toBe(true);

    const card = (await listStudentAssignments(student, now))[0];
    expect(card).toMatchObject({
      id: created.id,
      refusal: null,
      attemptsUsed: 1,
      maxAttempts: 3,
      status: 'done',
    });
    expect(card?.dueAt?.toISOString()).toBe(settings.dueAt.toISOString());
    expect((await listClassAssignments(teacher, cls.id))[0]).toMatchObject({
      feedbackMode: 'TEST',
      studentsStarted: 1,
    });

    // A scenario has no feedback mode: whatever the form sends, it stays PRACTICE.
    const scenario = await createAssignment(teacher, cls.id, {
      ...base,
      kind: 'SCENARIO',
      contentSlug: 'the-envoy',
    });
    if (!scenario.ok) throw new Error(scenario.reason);
    expect(await updateAssignmentSettings(teacher, scenario.id, settings)).toBe(true);
    expect((await t.db.assignment.findUniqueOrThrow({ where: { id: scenario.id } })).feedbackMode).toBe(
      'PRACTICE',
    );
  });

  it('shows students released work with status, due date and what they may still do', async () => {
    const { teacher, student, cls } = await classWithStudent();
    const now = new Date();
    const mk = async (extra: Partial<NewAssignment>, slug: string) => {
      const r = await createAssignment(teacher, cls.id, { ...base, contentSlug: slug, ...extra });
      if (!r.ok) throw new Error('create failed');
      return r.id;
    };
    const future = await mk({ releaseAt: new Date(now.getTime() + 24 * HOUR) }, 'escalation');
    const overdue = await mk({ dueAt: new Date(now.getTime() - HOUR) }, 'allied-politics');
    const capped = await mk(
      { maxAttempts: 1, dueAt: new Date(now.getTime() + 48 * HOUR) },
      'article-5-borders',
    );
    const late = await mk({ dueAt: new Date(now.getTime() - 2 * HOUR) }, 'long-road');
    await submitAttempt(t.db, {
      studentId: student.id,
      assignmentId: capped,
      moduleSlug: 'article-5-borders',
      answers: [{ questionId: 'a5-worldwide', correct: true }],
    });
    await submitAttempt(t.db, {
      studentId: student.id,
      assignmentId: late,
      moduleSlug: 'long-road',
      answers: [{ questionId: 'x', correct: false }],
      submittedAt: new Date(now.getTime() - HOUR),
    });

    const list = await listStudentAssignments(student, now);
    const byId = new Map(list.map((a) => [a.id, a]));
    expect(byId.has(future)).toBe(false);
    expect(byId.get(overdue)).toMatchObject({ status: 'late', refusal: 'past-due' });
    expect(byId.get(capped)).toMatchObject({
      status: 'done',
      bestScore: 1,
      attemptsUsed: 1,
      refusal: 'no-attempts-left',
    });
    expect(byId.get(capped)?.href).toBe(`/modules/article-5-borders/quiz?assignment=${capped}`);
    expect(byId.get(late)).toMatchObject({ status: 'late', bestScore: 0 });
    // A student of another class sees none of it; an archived class disappears.
    expect(await listStudentAssignments(await makeUser(t.db, 'STUDENT'), now)).toEqual([]);
    await archiveClass(teacher, cls.id);
    expect(await listStudentAssignments(student, now)).toEqual([]);
  });

  it('reads the assignment form: the teacher’s wall-clock time, bounds, and clear refusals', () => {
    const form = {
      content: 'QUIZ:escalation',
      releaseAt: '',
      dueAt: '2026-03-02T09:00',
      maxAttempts: '3',
      feedbackMode: 'TEST',
      timeZone: 'Europe/Kyiv',
    };
    const parsed = ZAssignmentForm.parse(form);
    // 09:00 in Kyiv (UTC+2 in March) is 07:00 UTC.
    expect(parsed).toEqual({
      kind: 'QUIZ',
      contentSlug: 'escalation',
      releaseAt: null,
      dueAt: new Date('2026-03-02T07:00:00Z'),
      maxAttempts: 3,
      feedbackMode: 'TEST',
      acceptLateWork: false,
    });
    // The "Accept late work" box, ticked, arrives as "on".
    expect(ZAssignmentForm.parse({ ...form, acceptLateWork: 'on' }).acceptLateWork).toBe(true);
    const issue = (input: Partial<typeof form>) => {
      const r = ZAssignmentForm.safeParse({ ...form, ...input });
      return r.success ? null : { field: r.error.issues[0]?.path[0], message: r.error.issues[0]?.message };
    };
    expect(issue({ content: '' })).toMatchObject({ field: 'content' });
    expect(issue({ maxAttempts: '0' })).toMatchObject({ field: 'maxAttempts' });
    expect(issue({ maxAttempts: '2.5' })).toMatchObject({ field: 'maxAttempts' });
    expect(issue({ dueAt: 'tomorrow' })).toMatchObject({ field: 'dueAt' });
    expect(issue({ releaseAt: '2026-03-03T09:00' })).toMatchObject({
      field: 'dueAt',
      message: 'The due date must come after the release date.',
    });
    expect(issue({ feedbackMode: 'TEST_AFTER_DUE', dueAt: '' })).toMatchObject({ field: 'dueAt' });
    expect(issue({ feedbackMode: 'SURPRISE' })).toMatchObject({ field: 'feedbackMode' });
    expect(issue({ maxAttempts: '', dueAt: '' })).toBeNull();
    expect(issue({ dueAt: '2026-02-30T09:00' })).toMatchObject({ field: 'dueAt' });
    // Every problem in one submit (accessibility review L5): a bad attempt limit does not hide the dates.
    const all = ZAssignmentForm.safeParse({
      ...form,
      content: '',
      maxAttempts: '0',
      releaseAt: '2026-03-03T09:00',
    });
    expect(all.success ? {} : fieldErrors(all.error)).toEqual({
      content: 'Choose a module quiz or a scenario to assign.',
      maxAttempts: 'Enter a whole number from 1 to 20, or leave it empty for unlimited.',
      dueAt: 'The due date must come after the release date.',
    });
  });

  it('reads "Friday 23:59" in the teacher’s own zone, so Los Angeles pupils are due on Friday', () => {
    const dueIn = (timeZone: string) =>
      ZAssignmentForm.parse({
        content: 'QUIZ:escalation',
        releaseAt: '',
        dueAt: '2026-12-04T23:59',
        maxAttempts: '',
        feedbackMode: 'PRACTICE',
        timeZone,
      }).dueAt?.toISOString();
    expect(dueIn('America/Los_Angeles')).toBe('2026-12-05T07:59:00.000Z');
    expect(dueIn('America/New_York')).toBe('2026-12-05T04:59:00.000Z');
    expect(dueIn('Europe/London')).toBe('2026-12-04T23:59:00.000Z');
    // No zone, or one the runtime does not know: UTC, which the page then shows back labelled.
    expect(dueIn('Not/A_Zone')).toBe('2026-12-04T23:59:00.000Z');
  });

  it('enforces release, due date and attempt limits in one rule', () => {
    const now = new Date('2026-01-10T12:00:00Z');
    const limits = {
      releaseAt: new Date('2026-01-09T00:00:00Z'),
      dueAt: new Date('2026-01-11T00:00:00Z'),
      maxAttempts: 2,
    };
    expect(startRefusal(limits, 0, now)).toBeNull();
    expect(startRefusal(limits, 2, now)).toBe('no-attempts-left');
    expect(startRefusal(limits, 0, new Date('2026-01-08T23:59:59Z'))).toBe('not-released');
    expect(startRefusal(limits, 0, limits.dueAt)).toBe('past-due');
    expect(startRefusal({ releaseAt: null, dueAt: null, maxAttempts: null }, 99, now)).toBeNull();
  });
});
