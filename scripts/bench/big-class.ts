import { createPrismaClient } from '../../lib/db/client';
import { getModule } from '../../lib/content/load';

const SLUGS = [
  'article-5-borders',
  'allied-politics',
  'escalation',
  'long-road',
  'paths-and-precedents',
  'war-and-leverage',
];

/** A 35 × 10 class of the demo teacher: 8 quizzes and 2 scenarios, most cells with a submitted attempt. */
export async function generateBigClass(databaseUrl: string): Promise<string> {
  const db = createPrismaClient(databaseUrl);
  const teacher = await db.user.findUniqueOrThrow({ where: { email: 'teacher@demo.opendoor' } });
  const hash = teacher.passwordHash;
  const cls = await db.class.create({
    data: { name: 'Bench 35 × 10', teacherId: teacher.id, joinCode: null },
  });
  const assignments = [];
  for (let i = 0; i < 10; i++) {
    const scenario = i >= 8;
    assignments.push(
      await db.assignment.create({
        data: {
          classId: cls.id,
          kind: scenario ? 'SCENARIO' : 'QUIZ',
          contentSlug: scenario
            ? i === 8
              ? 'the-envoy'
              : 'the-table'
            : (SLUGS[i % SLUGS.length] ?? 'escalation'),
          dueAt: new Date(Date.now() + (i - 5) * 86_400_000),
        },
      }),
    );
  }
  for (let s = 0; s < 35; s++) {
    const student = await db.user.create({
      data: {
        displayName: `Bench pupil ${s + 1}`,
        username: `bench-${cls.id.slice(-6)}-${s}`,
        passwordHash: hash,
        role: 'STUDENT',
        enrollments: { create: { classId: cls.id } },
      },
    });
    for (const [i, a] of assignments.entries()) {
      if ((s + i) % 5 === 0) continue;
      if (a.kind === 'SCENARIO') {
        await db.scenarioRun.create({
          data: {
            studentId: student.id,
            scenarioSlug: a.contentSlug,
            assignmentId: a.id,
            contentVersion: 'bench',
            seed: s,
            state: '{}',
            endingId: (s + i) % 3 ? 'ending-stalled' : null,
            endedAt: (s + i) % 3 ? new Date() : null,
          },
        });
        continue;
      }
      const questions = getModule(a.contentSlug)?.questions ?? [];
      const responses = questions.map((q, k) => ({
        questionId: q.id,
        answer: '{}',
        score: (s + k) % 3 ? 1 : 0,
        correct: (s + k) % 3 !== 0,
        confidence: k % 2 ? 'SURE' : 'NOT_SURE',
        misconceptions: (s + k) % 3 ? '[]' : '["article-5-automatic-troops"]',
      }));
      await db.quizAttempt.create({
        data: {
          studentId: student.id,
          moduleSlug: a.contentSlug,
          assignmentId: a.id,
          contentVersion: 'bench',
          mode: 'TEST',
          state: 'SUBMITTED',
          questionOrder: JSON.stringify(questions.map((q) => q.id)),
          score: responses.reduce((sum, r) => sum + r.score, 0),
          maxScore: questions.length,
          submittedAt: new Date(),
          responses: { createMany: { data: responses } },
        },
      });
    }
  }
  await db.$disconnect();
  return cls.id;
}
