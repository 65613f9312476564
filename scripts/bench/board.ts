// Server render time of the teacher's progress board and analytics, through the production build:
// the demo classes (≈ 25 students) and a generated class of 35 students × 10 assignments.
// Median of 20 sequential requests after 3 warm-ups, loopback only. Not a timed test: run it by hand
//   NEXT_DIST_DIR=.next npx tsx scripts/bench/board.ts
import { performance } from 'node:perf_hooks';
import { createPrismaClient } from '../../lib/db/client';
import { generateBigClass } from './big-class';
import { serveBuild } from '../lib/serve-build';
import { signInCookie } from './session';

const RUNS = 20;
const WARM_UPS = 3;
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
