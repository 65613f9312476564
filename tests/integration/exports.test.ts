import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { getModule } from '@/lib/content/load';
import { createClass } from '@/lib/dal/classes';
import { createAssignment } from '@/lib/dal/assignments';
import { assignmentCsv, gradebookCsv } from '@/lib/dal/exports';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser, submitAttempt } from './support/teacher-fixtures';
import { parseCsv } from './support/parse-csv';

describe.each(databaseKinds())('CSV exports on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  it('exports one row per student × question and a gradebook, for the owner only', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, 'Year 11, "B"');
    const ada = await makeUser(t.db, 'STUDENT', 'Ada');
    const ben = await makeUser(t.db, 'STUDENT', 'Ben');
    const outsider = await makeUser(t.db, 'STUDENT', 'Outsider');
    for (const s of [ada, ben]) await t.db.enrollment.create({ data: { classId: cls.id, studentId: s.id } });
    const quiz = await createAssignment(teacher, cls.id, {
      kind: 'QUIZ',
      contentSlug: 'article-5-borders',
      releaseAt: null,
      dueAt: null,
      maxAttempts: null,
      feedbackMode: 'TEST',
    });
    if (!quiz.ok) throw new Error('assign failed');
    // Ada: first attempt 0/2, second 2/2 — the export shows the best attempt.
    await submitAttempt(t.db, {
      studentId: ada.id,
      assignmentId: quiz.id,
      moduleSlug: 'article-5-borders',
      submittedAt: new Date('2026-01-01T10:00:00Z'),
      answers: [
        { questionId: 'a5-what-article-5-says', optionId: 'troops-at-once', correct: false },
        { questionId: 'a5-worldwide', correct: false },
      ],
    });
    await submitAttempt(t.db, {
      studentId: ada.id,
      assignmentId: quiz.id,
      moduleSlug: 'article-5-borders',
      submittedAt: new Date('2026-01-02T10:00:00Z'),
      answers: [
        {
          questionId: 'a5-what-article-5-says',
          optionId: 'attack-on-all',
          correct: true,
          confidence: 'SURE',
        },
        { questionId: 'a5-worldwide', correct: true },
      ],
    });
    // Someone else's attempt on this assignment (not on the roster) never appears.
    await submitAttempt(t.db, {
      studentId: outsider.id,
      assignmentId: quiz.id,
      moduleSlug: 'article-5-borders',
      answers: [{ questionId: 'a5-worldwide', correct: true }],
    });

    const file = await assignmentCsv(teacher, quiz.id);
    expect(file?.filename).toBe('year-11-b-article-5-borders.csv');
    expect(file?.csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(file?.csv.slice(1) ?? '');
    const questions = getModule('article-5-borders')?.questions ?? [];
    expect(rows[0]).toEqual([
      'Student name',
      'Username',
      'Question id',
      'Prompt',
      'Response',
      'Correct answer',
      'Correct',
      'Score (0-1)',
      'Confidence',
      'Answered at',
      'Time taken (s)',
    ]);
    expect(rows).toHaveLength(1 + 2 * questions.length);
    expect(rows.slice(1).map((r) => r[0])).not.toContain('Outsider');
    const adaQ1 = rows.find((r) => r[0] === 'Ada' && r[2] === 'a5-what-article-5-says');
    const option = questions.find((q) => q.id === 'a5-what-article-5-says');
    const optionText =
      option && option.type === 'single'
        ? option.options.find((o) => o.id === 'attack-on-all')?.text
        : undefined;
    // The pupil's choice and the right one, both in words.
    expect(adaQ1?.slice(4, 9)).toEqual([optionText, optionText, 'yes', '1', 'sure']);
    const benQ1 = rows.find((r) => r[0] === 'Ben' && r[2] === 'a5-what-article-5-says');
    expect(benQ1?.slice(4, 9)).toEqual(['', optionText, '', '', '']);

    const book = await gradebookCsv(teacher, cls.id);
    const bookRows = parseCsv(book?.csv.slice(1) ?? '');
    expect(bookRows).toEqual([
      ['Student name', 'Username', expect.stringContaining('(best %)'), 'Total (%)'],
      ['Ada', expect.any(String), '100', '100'],
      // Not started: blank, not a total of 0.
      ['Ben', expect.any(String), '', ''],
    ]);

    const intruder = await makeUser(t.db, 'TEACHER');
    expect(await assignmentCsv(intruder, quiz.id)).toBeNull();
    expect(await gradebookCsv(intruder, cls.id)).toBeNull();
    expect(await assignmentCsv(ada, quiz.id)).toBeNull();
    expect(await gradebookCsv(ada, cls.id)).toBeNull();
  });
});
