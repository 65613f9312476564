import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';

/** The demo seed runs as `npm run db:seed` does, twice; the second run must add and change nothing. */
describe.each(databaseKinds())('demo seed on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t?.drop());

  function seed(): void {
    const result = spawnSync('npx', ['tsx', 'prisma/seed.ts'], {
      env: { ...process.env, DATABASE_URL: t.url },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
  }

  async function counts() {
    const [users, classes, enrollments, assignments, attempts, responses, runs, decisions, mastery] =
      await Promise.all([
        t.db.user.count(),
        t.db.class.count(),
        t.db.enrollment.count(),
        t.db.assignment.count(),
        t.db.quizAttempt.count(),
        t.db.quizResponse.count(),
        t.db.scenarioRun.count(),
        t.db.scenarioDecision.count(),
        t.db.topicMastery.count(),
      ]);
    return { users, classes, enrollments, assignments, attempts, responses, runs, decisions, mastery };
  }

  it('creates two living classes for the demo teacher, idempotently', async () => {
    seed();
    const first = await counts();
    const teacher = await t.db.user.findUniqueOrThrow({
      where: { email: 'teacher@demo.opendoor' },
      include: { classesTaught: { include: { _count: { select: { enrollments: true } } } } },
    });
    expect(teacher.classesTaught.map((c) => c._count.enrollments).sort()).toEqual([25, 25]);
    expect(teacher.classesTaught.map((c) => c.joinCode).sort()).toEqual(['POLS7K4M', 'YEAR2345']);
    expect(
      await t.db.enrollment.count({
        where: { student: { username: 'demo-student' }, class: { joinCode: 'YEAR2345' } },
      }),
    ).toBe(1);
    // Varied progress: submitted and unfinished attempts, late work, several different endings, misconceptions.
    expect(await t.db.quizAttempt.count({ where: { state: 'SUBMITTED' } })).toBeGreaterThan(50);
    expect(await t.db.quizAttempt.count({ where: { state: 'IN_PROGRESS' } })).toBeGreaterThan(0);
    const late = await t.db.quizAttempt.findMany({
      where: { submittedAt: { not: null } },
      include: { assignment: { select: { dueAt: true } } },
    });
    expect(late.some((a) => a.assignment?.dueAt && a.submittedAt && a.submittedAt > a.assignment.dueAt)).toBe(
      true,
    );
    const endings = await t.db.scenarioRun.groupBy({ by: ['endingId'], _count: true });
    expect(endings.filter((e) => e.endingId !== null).length).toBeGreaterThanOrEqual(3);
    expect(await t.db.quizResponse.count({ where: { misconceptions: { not: '[]' } } })).toBeGreaterThan(20);
    expect(first.mastery).toBeGreaterThan(0);

    seed();
    expect(await counts()).toEqual(first);
  }, 180_000);
});
