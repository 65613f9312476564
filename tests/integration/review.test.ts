import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { getQuestion, loadContent } from '@/lib/content/load';
import { NEW_REVIEW_ITEMS_PER_DAY } from '@/lib/review/daily-cap';
import { newReviewCard } from '@/lib/review/scheduler';
import { submitAnswer } from '@/lib/dal/attempt-answer';
import { startAttempt } from '@/lib/dal/attempt-entry';
import { countDueReviews, listDueReviews, recordReview } from '@/lib/dal/review';
import type { SessionUser } from '@/lib/dal/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';

const QUESTION_ID = 'pol-how-invited';

describe.each(databaseKinds())('spaced review on %s', (kind) => {
  let t: TestDatabase;
  const newStudent = (): Promise<SessionUser> => makeUser(t.db, 'STUDENT');
  /** A student who missed the question in practice mode. */
  async function studentWithMiss(): Promise<SessionUser> {
    const student = await newStudent();
    const started = await startAttempt(student, {
      slug: 'allied-politics',
      mode: 'practice',
      assignmentId: null,
    });
    if (!started.ok) throw new Error(started.reason);
    const missed = await submitAnswer(student, started.value.attemptId, {
      questionId: QUESTION_ID,
      seq: 0,
      response: { type: 'single', optionId: 'simple-majority' },
      confidence: 'sure',
    });
    if (!missed.ok) throw new Error(missed.reason);
    return student;
  }

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  it('a missed question and its glossary terms are due at once', async () => {
    const student = await studentWithMiss();
    const terms = getQuestion(QUESTION_ID)?.question.terms ?? [];
    expect(terms.length).toBeGreaterThan(0);
    expect(await countDueReviews(student)).toBe(1 + terms.length);
    const due = await listDueReviews(student);
    expect(due.map((d) => (d.kind === 'question' ? d.question.id : d.term.id)).sort()).toEqual(
      [QUESTION_ID, ...terms].sort(),
    );
    // Served questions are the public projection: no answer key.
    expect(JSON.stringify(due)).not.toContain('"correct"');
  });

  it('reviewing grades on the server, reschedules, and refuses a second review of the same version', async () => {
    const student = await studentWithMiss();
    const item = (await listDueReviews(student)).find((d) => d.kind === 'question');
    if (!item) throw new Error('no question due');
    const body = {
      kind: 'question' as const,
      version: item.version,
      response: { type: 'single', optionId: 'unanimous' },
      confidence: null,
    };
    const [a, b] = await Promise.all([
      recordReview(student, item.id, body),
      recordReview(student, item.id, body),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const ok = a.ok ? a : b;
    expect(ok.ok && ok.value.feedback?.outcome).toBe('correct');
    expect(a.ok ? b : a).toMatchObject({ ok: false, kind: 'stale' });
    const row = await t.db.reviewItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.due.getTime()).toBeGreaterThan(Date.now());
    expect(JSON.parse(row.card).reps).toBe(1);
  });

  it('refuses bad answers, wrong kinds and other students’ items, and changes nothing', async () => {
    const student = await studentWithMiss();
    const other = await newStudent();
    const item = (await listDueReviews(student)).find((d) => d.kind === 'question');
    if (!item) throw new Error('no question due');
    const before = await t.db.reviewItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(
      await recordReview(student, item.id, {
        kind: 'question',
        version: item.version,
        response: { type: 'single' },
        confidence: null,
      }),
    ).toMatchObject({ kind: 'invalid' });
    expect(
      await recordReview(student, item.id, { kind: 'term', version: item.version, rating: 'easy' }),
    ).toMatchObject({ kind: 'invalid' });
    expect(
      await recordReview(other, item.id, { kind: 'term', version: item.version, rating: 'easy' }),
    ).toMatchObject({ kind: 'not-found' });
    const after = await t.db.reviewItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after.card).toBe(before.card);
  });

  it('a day brings at most the cap of new items, and the count shrinks as they are reviewed', async () => {
    const student = await newStudent();
    const now = new Date();
    const glossary = Object.keys(loadContent().glossary);
    expect(glossary.length).toBeGreaterThan(NEW_REVIEW_ITEMS_PER_DAY + 2);
    const card = JSON.stringify(newReviewCard(new Date(now.getTime() - 60_000)));
    for (const refId of glossary.slice(0, NEW_REVIEW_ITEMS_PER_DAY + 2))
      await t.db.reviewItem.create({
        data: { studentId: student.id, kind: 'TERM', refId, card, due: new Date(now.getTime() - 60_000) },
      });
    expect(await countDueReviews(student, now)).toBe(NEW_REVIEW_ITEMS_PER_DAY);
    const due = await listDueReviews(student, now);
    expect(due).toHaveLength(NEW_REVIEW_ITEMS_PER_DAY);
    const first = due[0];
    if (!first) throw new Error('nothing due');
    const reviewed = await recordReview(
      student,
      first.id,
      { kind: 'term', version: first.version, rating: 'good' },
      now,
    );
    expect(reviewed.ok).toBe(true);
    // The reviewed item is introduced today: the allowance and the queue are one smaller.
    expect(await countDueReviews(student, now)).toBe(NEW_REVIEW_ITEMS_PER_DAY - 1);
  });
});
