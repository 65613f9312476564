import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { getModule } from '@/lib/content/load';
import { createClass, joinClassByCode } from '@/lib/dal/classes';
import { createAssignment, listStudentAssignments } from '@/lib/dal/assignments';
import { getAttemptResult, listAttempts } from '@/lib/dal/attempt-results';
import { startAttempt } from '@/lib/dal/attempt-entry';
import { submitAnswer } from '@/lib/dal/attempt-answer';
import { submitAttempt } from '@/lib/dal/attempt-close';
import { getProgress } from '@/lib/dal/mastery';
import { countDueReviews, listDueReviews, recordReview } from '@/lib/dal/review';
import { exportOwnData } from '@/lib/dal/account-data';
import type { SessionUser } from '@/lib/dal/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';

const SLUG = 'allied-politics';
const DAY = 86_400_000;

/**
 * Issue 15 item 2: a test set as "review only after the due date" reveals nothing about how it went
 * — on any page or route the pupil can reach — until the due date; then everything appears.
 */
describe.each(databaseKinds())('"review only after the due date" on %s', (kind) => {
  let t: TestDatabase;
  let student: SessionUser;
  let attemptId: string;
  let dueAt: Date;
  const before = () => new Date(dueAt.getTime() - DAY / 2);
  const after = () => new Date(dueAt.getTime() + 60_000);

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
    const teacher = await makeUser(t.db, 'TEACHER');
    student = await makeUser(t.db, 'STUDENT');
    const cls = await createClass(teacher, 'Withheld');
    await joinClassByCode(student, cls.joinCode ?? '');
    dueAt = new Date(Date.now() + 2 * DAY);
    const created = await createAssignment(teacher, cls.id, {
      kind: 'QUIZ',
      contentSlug: SLUG,
      releaseAt: null,
      dueAt,
      maxAttempts: null,
      feedbackMode: 'TEST_AFTER_DUE',
    });
    if (!created.ok) throw new Error(created.reason);
    const started = await startAttempt(student, { slug: SLUG, mode: 'practice', assignmentId: created.id });
    if (!started.ok) throw new Error(started.reason);
    attemptId = started.value.attemptId;
    // Three confident misses: each would put a review card (with its answer) in the queue.
    const singles = (getModule(SLUG)?.questions ?? []).filter((q) => q.type === 'single').slice(0, 3);
    let seq = 0;
    for (const q of singles) {
      if (q.type !== 'single') continue;
      const wrong = q.options.find((o) => !o.correct)?.id;
      const r = await submitAnswer(student, attemptId, {
        questionId: q.id,
        seq,
        response: { type: 'single', optionId: wrong },
        confidence: 'sure',
      });
      if (!r.ok) throw new Error(r.reason);
      seq = r.value.seq;
    }
    const submitted = await submitAttempt(student, attemptId, { seq });
    if (!submitted.ok) throw new Error(submitted.reason);
  });
  afterAll(() => t?.drop());

  it('before the due date: no score on home, attempts, results, progress or export; no review cards', async () => {
    const now = before();
    const [card] = await listStudentAssignments(student, now);
    expect(card).toMatchObject({ status: 'done', bestScore: null, scoreWithheld: true });

    const [row] = await listAttempts(student, now);
    expect(row).toMatchObject({ id: attemptId, score: null, maxScore: null });

    const result = await getAttemptResult(student, attemptId, now);
    expect(result.ok && result.value.review).toBeNull();
    expect(result.ok && result.value.reviewOpensAt?.toISOString()).toBe(dueAt.toISOString());

    const progress = await getProgress(student, now);
    expect(progress.topics.every((x) => x.level === 'not-started')).toBe(true);

    // The cards exist (they were scheduled at submit) but stay out of the queue, the count and the route.
    const stored = await t.db.reviewItem.findMany({ where: { studentId: student.id } });
    expect(stored.length).toBeGreaterThan(0);
    expect(await countDueReviews(student, now)).toBe(0);
    expect(await listDueReviews(student, now)).toEqual([]);
    const question = stored.find((s) => s.kind === 'QUESTION');
    if (!question) throw new Error('expected a question card');
    const reviewed = await recordReview(
      student,
      question.id,
      { kind: 'question', version: question.updatedAt.toISOString(), response: {}, confidence: 'sure' },
      now,
    );
    expect(reviewed).toMatchObject({ ok: false, kind: 'not-found' });

    const exported = await exportOwnData(student, now);
    const attempt = exported.quizAttempts[0];
    expect(attempt).toMatchObject({ score: null, maxScore: null, reviewOpensAt: dueAt });
    expect(attempt?.responses.length).toBe(3);
    expect(attempt?.responses.every((r) => r.score === null && r.correct === null)).toBe(true);
    expect(exported.reviewItems).toEqual([]);
    expect(exported.topicMastery).toEqual([]);
  });

  it('once the due date has passed, all of it appears', async () => {
    const now = after();
    const [card] = await listStudentAssignments(student, now);
    expect(card).toMatchObject({ bestScore: 0, scoreWithheld: false });
    expect((await listAttempts(student, now))[0]).toMatchObject({ score: 0, maxScore: expect.any(Number) });
    const result = await getAttemptResult(student, attemptId, now);
    expect(result.ok && result.value.review).not.toBeNull();
    expect((await getProgress(student, now)).topics.some((x) => x.level !== 'not-started')).toBe(true);
    const due = await countDueReviews(student, now);
    expect(due).toBeGreaterThan(0);
    expect((await listDueReviews(student, now)).length).toBe(due);
    const exported = await exportOwnData(student, now);
    expect(exported.quizAttempts[0]?.score).toBe(0);
    expect(exported.reviewItems.length).toBe(due);
  });
});
