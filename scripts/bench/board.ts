// Server render time of the teacher's progress board and analytics, through the production build:
// the demo classes (≈ 25 students) and a generated class of 35 students × 10 assignments.
// Median of 20 sequential requests after 3 warm-ups, loopback only. Not a timed test: run it by hand
//   NEXT_DIST_DIR=.next npx tsx scripts/bench/board.ts
import { performance } from 'node:perf_hooks';
import { createPrismaClient } from '../../lib/db/client';
import { getModule } from '../../lib/content/load';
import { serveBuild } from '../lib/serve-build';
import { signInCookie } from './session';

const RUNS = 20;
const WARM_UPS = 3;
const SLUGS = [
  'article-5-borders',
  'allied-politics',
  'escalation',
  'long-road',
  'paths-and-precedents',
  'war-and-leverage',
];

/** A 35 × 10 class of the demo teacher: 8 quizzes and 2 scenarios, most cells with a submitted attempt. */
async function generateBigClass(databaseUrl: string): Promise<string> {
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

/** One retry on a socket the server closed while idle (keep-alive), which is not a render failure. */
async function fetchOnce(url: string, cookie: string): Promise<Response> {
  try {
    return await fetch(url, { headers: { cookie } });
  } catch {
    return fetch(url, { headers: { cookie } });
  }
}

async function medianMs(url: string, cookie: string): Promise<{ medianMs: number; p90Ms: number }> {
  const times: number[] = [];
  for (let i = 0; i < WARM_UPS + RUNS; i++) {
    const start = performance.now();
    const res = await fetchOnce(url, cookie);
    await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    if (i >= WARM_UPS) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
  return { medianMs: at(0.5), p90Ms: at(0.9) };
}

// BOARD_BENCH_URL and BOARD_BENCH_DATABASE_URL point the bench at a server that is already running
// on a seeded database; otherwise it serves the build on a fresh one.
const served =
  process.env.BOARD_BENCH_URL && process.env.BOARD_BENCH_DATABASE_URL
    ? {
        baseURL: process.env.BOARD_BENCH_URL,
        databaseUrl: process.env.BOARD_BENCH_DATABASE_URL,
        stop: async () => undefined,
      }
    : await serveBuild();
try {
  const bigClassId = await generateBigClass(served.databaseUrl);
  const cookie = await signInCookie(served.baseURL, 'teacher@demo.opendoor', 'open-door-demo').catch(() =>
    signInCookie(served.baseURL, 'teacher@demo.opendoor', 'open-door-demo'),
  );
  const db = createPrismaClient(served.databaseUrl);
  const classes = await db.class.findMany({
    where: { teacher: { email: 'teacher@demo.opendoor' } },
    select: { id: true, name: true, _count: { select: { enrollments: true, assignments: true } } },
    orderBy: { createdAt: 'asc' },
  });
  await db.$disconnect();
  const results = [];
  for (const c of classes) {
    results.push({
      class: c.name,
      students: c._count.enrollments,
      assignments: c._count.assignments,
      generated: c.id === bigClassId,
      boardPage: await medianMs(`${served.baseURL}/teacher/classes/${c.id}/board`, cookie),
      boardJson: await medianMs(`${served.baseURL}/api/teacher/classes/${c.id}/board`, cookie),
      analyticsPage: await medianMs(`${served.baseURL}/teacher/classes/${c.id}/analytics`, cookie),
    });
  }
  console.log(
    JSON.stringify({ runs: RUNS, budget: 'board server render ≤ 100 ms (35 × 10)', results }, null, 2),
  );
} finally {
  await served.stop();
}
