import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient, type Db } from '@/lib/db';
import { createClass } from '@/lib/dal/classes';
import { createAssignment } from '@/lib/dal/assignments';
import { loadProgressBoard } from '@/lib/dal/board';
import { loadClassAnalytics } from '@/lib/dal/analytics';
import { loadStudentWork } from '@/lib/dal/board-student';
import type { SessionUser } from '@/lib/dal/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser, submitAttempt } from './support/teacher-fixtures';

const SLUGS = [
  'article-5-borders',
  'allied-politics',
  'escalation',
  'long-road',
  'paths-and-precedents',
  'war-and-leverage',
];

describe.each(databaseKinds())('progress board and analytics on %s', (kind) => {
  let t: TestDatabase;
  let queries = 0;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    // Counts every query the data layer sends, to prove the board's cost does not grow with the class.
    const counted = t.db.$extends({
      query: {
        $allOperations({ args, query }) {
          queries += 1;
          return query(args);
        },
      },
    });
    setDatabaseClient(counted as unknown as Db);
  });
  afterAll(() => t?.drop());

  async function classOf(students: number, assignments: number) {
    const teacher = await makeUser(t.db, 'TEACHER');
    const cls = await createClass(teacher, `C${students}x${assignments}`);
    const pupils: SessionUser[] = [];
    for (let i = 0; i < students; i++) {
      const s = await makeUser(t.db, 'STUDENT', `pupil${i}`);
      await t.db.enrollment.create({ data: { classId: cls.id, studentId: s.id } });
      pupils.push(s);
    }
    const ids: string[] = [];
    for (let i = 0; i < assignments; i++) {
      const r = await createAssignment(teacher, cls.id, {
        kind: 'QUIZ',
        contentSlug: SLUGS[i % SLUGS.length] ?? 'escalation',
        releaseAt: null,
        dueAt: new Date(Date.now() + 86_400_000),
        maxAttempts: null,
        feedbackMode: 'PRACTICE',
      });
      if (r.ok) ids.push(r.id);
    }
    for (const [i, p] of pupils.entries()) {
      for (const [j, a] of ids.entries()) {
        if ((i + j) % 3 === 0) continue;
        await submitAttempt(t.db, {
          studentId: p.id,
          assignmentId: a,
          moduleSlug: SLUGS[j % SLUGS.length] ?? '',
          answers: [
            {
              questionId: 'a5-what-article-5-says',
              optionId: (i + j) % 2 ? 'attack-on-all' : 'troops-at-once',
              correct: (i + j) % 2 === 1,
              misconceptions: (i + j) % 2 ? [] : ['article-5-automatic-troops'],
              confidence: 'SURE',
            },
            { questionId: 'a5-worldwide', correct: i % 2 === 0 },
          ],
        });
      }
    }
    return { teacher, cls, pupils, ids };
  }

  it('shows every student × assignment with a bounded number of queries', async () => {
    const small = await classOf(3, 2);
    queries = 0;
    const smallBoard = await loadProgressBoard(small.teacher, small.cls.id);
    const smallQueries = queries;
    const big = await classOf(35, 10);
    queries = 0;
    const bigBoard = await loadProgressBoard(big.teacher, big.cls.id);
    expect(queries).toBe(smallQueries);
    expect(queries).toBeLessThanOrEqual(6);
    expect(bigBoard?.students).toHaveLength(35);
    expect(bigBoard?.students.every((s) => s.cells.length === 10)).toBe(true);
    const statuses = bigBoard?.students.flatMap((s) => s.cells.map((c) => c.status));
    expect(new Set(statuses)).toEqual(new Set(['done', 'not-started']));
    expect(smallBoard?.students[0]?.cells[0]).toMatchObject({ status: 'not-started', attemptCount: 0 });
    expect(smallBoard?.students[0]?.cells[1]).toMatchObject({ status: 'done', attemptCount: 1 });

    queries = 0;
    await loadClassAnalytics(small.teacher, small.cls.id);
    const smallAnalytics = queries;
    queries = 0;
    const analytics = await loadClassAnalytics(big.teacher, big.cls.id);
    expect(queries).toBe(smallAnalytics);
    expect(analytics?.misconceptions[0]?.misconceptionId).toBe('article-5-automatic-troops');
    const item = analytics?.items[0]?.items.find((i) => i.questionId === 'a5-what-article-5-says');
    expect(item?.responseCount).toBeGreaterThan(0);
    expect(item?.options.find((o) => o.optionId === 'troops-at-once')?.misconceptionIds).toEqual([
      'article-5-automatic-troops',
    ]);
  });

  it('refuses another teacher and students outside the class', async () => {
    const { teacher, cls, pupils } = await classOf(2, 1);
    const intruder = await makeUser(t.db, 'TEACHER');
    expect(await loadProgressBoard(intruder, cls.id)).toBeNull();
    expect(await loadClassAnalytics(intruder, cls.id)).toBeNull();
    expect(await loadStudentWork(intruder, cls.id, pupils[0]?.id ?? '')).toBeNull();
    expect(await loadProgressBoard(pupils[0] as SessionUser, cls.id)).toBeNull();
    const outsider = await makeUser(t.db, 'STUDENT');
    expect(await loadStudentWork(teacher, cls.id, outsider.id)).toBeNull();
    const work = await loadStudentWork(teacher, cls.id, pupils[1]?.id ?? '');
    expect(work?.attempts).toHaveLength(1);
    expect(work?.attempts[0]?.questions.map((r) => r.questionId)).toEqual([
      'a5-what-article-5-says',
      'a5-worldwide',
    ]);
    // The teacher reads the pupil's choice in words beside the right answer, never the option id.
    const first = work?.attempts[0]?.questions[0];
    expect(first?.yourAnswer).toEqual(first?.correctAnswer);
    expect(first?.yourAnswer?.join(' ')).not.toContain('attack-on-all');
    expect(first?.yourAnswer?.[0]?.length).toBeGreaterThan(15);
  });
});
