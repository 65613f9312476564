import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { getModule } from '@/lib/content/load';
import type { TQuestion } from '@/lib/content/question-schema';
import { submitAnswer } from '@/lib/dal/attempt-answer';
import { submitAttempt } from '@/lib/dal/attempt-close';
import { getAttemptView, quizEntryFor, startAttempt } from '@/lib/dal/attempt-entry';
import { moveToQuestion } from '@/lib/dal/attempt-navigation';
import { getAttemptResult } from '@/lib/dal/attempt-results';
import type { SessionUser } from '@/lib/dal/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';
import { rightAnswer } from './support/right-answer';

const SLUG = 'allied-politics';

function firstSingle(): Extract<TQuestion, { type: 'single' }> {
  const q = getModule(SLUG)?.questions.find((x) => x.type === 'single');
  if (!q || q.type !== 'single') throw new Error('module has no single-choice question');
  return q;
}

describe.each(databaseKinds())('quiz attempts on %s', (kind) => {
  let t: TestDatabase;
  const newStudent = (): Promise<SessionUser> => makeUser(t.db, 'STUDENT');
  async function start(student: SessionUser, mode: 'practice' | 'test', assignmentId: string | null = null) {
    const started = await startAttempt(student, { slug: SLUG, mode, assignmentId });
    if (!started.ok) throw new Error(started.reason);
    return started.value.attemptId;
  }

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  it('starts, records the content version, and resumes the same attempt where it was left', async () => {
    const student = await newStudent();
    const id = await start(student, 'practice');
    expect(await start(student, 'test')).toBe(id);
    const row = await t.db.quizAttempt.findUniqueOrThrow({ where: { id } });
    expect(row.contentVersion).toBe(getModule(SLUG)?.version);
    expect(row.mode).toBe('PRACTICE');

    const q = firstSingle();
    const answered = await submitAnswer(student, id, {
      questionId: q.id,
      seq: 0,
      response: rightAnswer(q),
      confidence: 'sure',
    });
    expect(answered.ok && answered.value.answer.feedback?.outcome).toBe('correct');
    const moved = await moveToQuestion(student, id, { seq: 1, index: 3 });
    expect(moved).toEqual({ ok: true, value: { seq: 2, currentIndex: 3 } });

    const view = await getAttemptView(student, id);
    if (!view.ok) throw new Error(view.reason);
    expect(view.value.currentIndex).toBe(3);
    expect(view.value.seq).toBe(2);
    expect(view.value.answers[q.id]?.confidence).toBe('sure');
    expect(view.value.answers[q.id]?.feedback?.explanation).toBe(q.explanation);
    expect(await quizEntryFor(student, SLUG, null)).toEqual({
      ok: true,
      value: { kind: 'resume', attemptId: id },
    });
  });

  it('20 concurrent identical submissions leave exactly one response and one result', async () => {
    const student = await newStudent();
    const id = await start(student, 'practice');
    const q = firstSingle();
    const wrong = q.options.find((o) => !o.correct);
    const body = {
      questionId: q.id,
      seq: 0,
      response: { type: 'single', optionId: wrong?.id },
      confidence: null,
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => submitAnswer(student, id, body)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(await t.db.quizResponse.count({ where: { attemptId: id } })).toBe(1);
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id } })).seq).toBe(1);
    // The miss entered the review queue once.
    expect(
      await t.db.reviewItem.count({ where: { studentId: student.id, kind: 'QUESTION', refId: q.id } }),
    ).toBe(1);
  });

  it('a stale seq gets 409 and changes nothing', async () => {
    const student = await newStudent();
    const id = await start(student, 'practice');
    const [q1, q2] = getModule(SLUG)?.questions ?? [];
    if (!q1 || !q2) throw new Error('module too small');
    expect(
      (
        await submitAnswer(student, id, {
          questionId: q1.id,
          seq: 0,
          response: rightAnswer(q1),
          confidence: null,
        })
      ).ok,
    ).toBe(true);
    const stale = await submitAnswer(student, id, {
      questionId: q2.id,
      seq: 0,
      response: rightAnswer(q2),
      confidence: null,
    });
    expect(stale).toMatchObject({ ok: false, kind: 'stale' });
    expect(await t.db.quizResponse.count({ where: { attemptId: id } })).toBe(1);
    const staleMove = await moveToQuestion(student, id, { seq: 0, index: 2 });
    expect(staleMove).toMatchObject({ ok: false, kind: 'stale' });
  });

  it('a practice answer is final: a different, valid answer at the current seq is refused and stores nothing', async () => {
    const student = await newStudent();
    const id = await start(student, 'practice');
    const q = firstSingle();
    const wrong = q.options.find((o) => !o.correct);
    const first = await submitAnswer(student, id, {
      questionId: q.id,
      seq: 0,
      response: { type: 'single', optionId: wrong?.id },
      confidence: null,
    });
    if (!first.ok) throw new Error(`first answer refused: ${first.reason}`);
    // Same question type, current seq: only the finality rule can refuse this.
    const changed = await submitAnswer(student, id, {
      questionId: q.id,
      seq: first.value.seq,
      response: rightAnswer(q),
      confidence: null,
    });
    expect(changed).toEqual({
      ok: false,
      kind: 'closed',
      reason: 'You have already answered this question.',
    });
    const stored = await t.db.quizResponse.findMany({ where: { attemptId: id }, select: { score: true } });
    expect(stored).toEqual([{ score: 0 }]);
  });

  it('test mode: no feedback before submission, answers change until then, then 409 once closed', async () => {
    const student = await newStudent();
    const id = await start(student, 'test');
    const q = firstSingle();
    const wrong = q.options.find((o) => !o.correct);
    const first = await submitAnswer(student, id, {
      questionId: q.id,
      seq: 0,
      response: { type: 'single', optionId: wrong?.id },
      confidence: 'sure',
    });
    expect(first.ok && first.value.answer.feedback).toBeNull();
    const view = await getAttemptView(student, id);
    expect(JSON.stringify(view)).not.toContain(q.explanation);
    const changed = await submitAnswer(student, id, {
      questionId: q.id,
      seq: 1,
      response: rightAnswer(q),
      confidence: 'sure',
    });
    expect(changed.ok).toBe(true);
    expect(await t.db.quizResponse.count({ where: { attemptId: id } })).toBe(1);
    expect(await t.db.reviewItem.count({ where: { studentId: student.id } })).toBe(0);

    expect(await getAttemptResult(student, id)).toMatchObject({ ok: false, kind: 'conflict' });
    const submitted = await submitAttempt(student, id, { seq: 2 });
    expect(submitted).toEqual({ ok: true, value: { attemptId: id, state: 'SUBMITTED', seq: 3 } });
    expect(await submitAttempt(student, id, { seq: 2 })).toEqual(submitted);
    const row = await t.db.quizAttempt.findUniqueOrThrow({ where: { id } });
    expect(row.state).toBe('SUBMITTED');
    expect(row.score).toBe(1);
    expect(row.maxScore).toBe(getModule(SLUG)?.questions.length);

    const late = await submitAnswer(student, id, {
      questionId: q.id,
      seq: 3,
      response: rightAnswer(q),
      confidence: null,
    });
    expect(late).toMatchObject({ ok: false, kind: 'closed' });
    const result = await getAttemptResult(student, id);
    if (!result.ok || !result.value.review) throw new Error('no review');
    expect(result.value.review.questions[0]?.feedback?.explanation).toBe(q.explanation);
    expect(result.value.review.total.answered).toBe(1);
  });

  it('refuses bad input with 400/404 and stores nothing; another student cannot touch the attempt', async () => {
    const student = await newStudent();
    const other = await newStudent();
    const id = await start(student, 'practice');
    const q = firstSingle();
    const cases = [
      { questionId: q.id, seq: 0, response: { type: 'single' }, confidence: null },
      { questionId: q.id, seq: 0, response: { type: 'multi', optionIds: ['x'] }, confidence: null },
      { questionId: q.id, seq: 0, response: { type: 'single', optionId: 'not-an-option' }, confidence: null },
      {
        questionId: q.id,
        seq: 0,
        response: { type: 'single', optionId: q.options[0]?.id, score: 1 },
        confidence: null,
      },
    ];
    for (const c of cases)
      expect(await submitAnswer(student, id, c)).toMatchObject({ ok: false, kind: 'invalid' });
    expect(
      await submitAnswer(student, id, {
        questionId: 'no-such-question',
        seq: 0,
        response: rightAnswer(q),
        confidence: null,
      }),
    ).toMatchObject({ ok: false, kind: 'not-found' });
    expect(
      await submitAnswer(other, id, { questionId: q.id, seq: 0, response: rightAnswer(q), confidence: null }),
    ).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await getAttemptView(other, id)).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await getAttemptResult(other, id)).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await t.db.quizResponse.count({ where: { attemptId: id } })).toBe(0);
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id } })).seq).toBe(0);
  });

  describe('assignments', () => {
    async function assignmentFor(
      student: SessionUser,
      data: { maxAttempts?: number; releaseAt?: Date; dueAt?: Date; feedbackMode?: string },
    ) {
      const teacher = await makeUser(t.db, 'TEACHER');
      const cls = await t.db.class.create({ data: { name: 'C', teacherId: teacher.id } });
      await t.db.enrollment.create({ data: { classId: cls.id, studentId: student.id } });
      return t.db.assignment.create({ data: { classId: cls.id, kind: 'QUIZ', contentSlug: SLUG, ...data } });
    }

    it('enforces the attempt limit, even when starts race', async () => {
      const student = await newStudent();
      const a = await assignmentFor(student, { maxAttempts: 2, feedbackMode: 'TEST' });
      const first = await start(student, 'practice', a.id);
      expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id: first } })).mode).toBe('TEST');
      expect((await submitAttempt(student, first, { seq: 0 })).ok).toBe(true);
      const racing = await Promise.all(
        Array.from({ length: 5 }, () =>
          startAttempt(student, { slug: SLUG, mode: 'test', assignmentId: a.id }),
        ),
      );
      const ids = new Set(racing.flatMap((r) => (r.ok ? [r.value.attemptId] : [])));
      expect(ids.size).toBe(1);
      expect(await t.db.quizAttempt.count({ where: { studentId: student.id, assignmentId: a.id } })).toBe(2);
      const [second] = [...ids];
      expect((await submitAttempt(student, second ?? '', { seq: 0 })).ok).toBe(true);
      expect(await startAttempt(student, { slug: SLUG, mode: 'test', assignmentId: a.id })).toMatchObject({
        ok: false,
        kind: 'forbidden',
      });
      expect(await t.db.quizAttempt.count({ where: { studentId: student.id, assignmentId: a.id } })).toBe(2);
    });

    it('refuses before release, for a student not in the class, and abandons an attempt past due', async () => {
      const student = await newStudent();
      const outsider = await newStudent();
      const later = await assignmentFor(student, { releaseAt: new Date(Date.now() + 86_400_000) });
      expect(
        await startAttempt(student, { slug: SLUG, mode: 'practice', assignmentId: later.id }),
      ).toMatchObject({ ok: false, kind: 'forbidden' });
      expect(
        await startAttempt(outsider, { slug: SLUG, mode: 'practice', assignmentId: later.id }),
      ).toMatchObject({ ok: false, kind: 'not-found' });

      const due = new Date(Date.now() + 60_000);
      const a = await assignmentFor(student, { dueAt: due, feedbackMode: 'TEST_AFTER_DUE' });
      const id = await start(student, 'practice', a.id);
      const q = firstSingle();
      expect(
        (
          await submitAnswer(student, id, {
            questionId: q.id,
            seq: 0,
            response: rightAnswer(q),
            confidence: null,
          })
        ).ok,
      ).toBe(true);
      const afterDue = new Date(due.getTime() + 1000);
      const late = await submitAnswer(
        student,
        id,
        { questionId: q.id, seq: 1, response: rightAnswer(q), confidence: 'sure' },
        afterDue,
      );
      expect(late).toMatchObject({ ok: false, kind: 'closed' });
      const row = await t.db.quizAttempt.findUniqueOrThrow({ where: { id } });
      expect(row.state).toBe('ABANDONED');
      expect(row.score).toBe(1);
      // Closing a test attempt makes its answers count towards mastery.
      expect(await t.db.topicMastery.count({ where: { studentId: student.id } })).toBe(1);
      expect(
        await startAttempt(student, { slug: SLUG, mode: 'practice', assignmentId: a.id }, afterDue),
      ).toMatchObject({ ok: false, kind: 'forbidden' });
      // TEST_AFTER_DUE: the review opens only after the due date.
      const before = await getAttemptResult(student, id, new Date(due.getTime() - 1000));
      expect(before.ok && before.value.review).toBeNull();
      const after = await getAttemptResult(student, id, afterDue);
      expect(after.ok && after.value.review?.total.score).toBe(1);
    });
  });
});
