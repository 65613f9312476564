// Live lesson bench (loopback, bounded): N students connected by SSE to one lesson (or S lessons),
// measuring (1) the teacher's control → every connected student having the event, p99; (2) N answers
// arriving spread over 10 s, latency p99; (3) server memory per connected student.
// Usage: npx tsx scripts/bench/live.ts --students 300 [--sessions 1] [--rounds 5]
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { getModule } from '../../lib/content/load';
import { createPrismaClient } from '../../lib/db/client';
import { serveBuild } from '../lib/serve-build';
import { mintSessionCookie } from './live/mint-cookie';
import { openSse, type TSseClient } from './live/sse-client';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '300' },
    sessions: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '5' },
    'answer-seconds': { type: 'string', default: '10' },
  },
});
const STUDENTS = Number(values.students);
const SESSIONS = Number(values.sessions);
const ROUNDS = Number(values.rounds);
const ANSWER_WINDOW_MS = Number(values['answer-seconds']) * 1000;
const SLUG = 'allied-politics';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const ms = (x: number) => Math.round(x * 10) / 10;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

/** Resident memory (KiB) of the processes serving the port. */
function serverRssKb(port: string): number {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`]).toString();
  const pids = [...out.matchAll(/pid=(\d+)/g)].map((m) => m[1]!);
  return pids.reduce(
    (sum, pid) => sum + Number(execFileSync('ps', ['-o', 'rss=', '-p', pid]).toString().trim()),
    0,
  );
}

const served = await serveBuild();
const db = createPrismaClient(served.databaseUrl);
const port = new URL(served.baseURL).port;
const clients: TSseClient[] = [];
try {
  const questions = (getModule(SLUG)?.questions ?? []).filter((q) => q.type === 'single');
  const cookieFor = (uid: string, role = 'STUDENT') => mintSessionCookie(served.secret, { id: uid, role });
  const teacher = await db.user.create({
    data: {
      displayName: 'Bench teacher',
      email: `bench-${Date.now()}@bench.local`,
      passwordHash: 'x',
      role: 'TEACHER',
    },
  });
  const teacherCookie = await cookieFor(teacher.id, 'TEACHER');
  const perSession = Math.ceil(STUDENTS / SESSIONS);
  const lessons: { id: string; students: { id: string; cookie: string }[] }[] = [];
  for (let s = 0; s < SESSIONS; s++) {
    const cls = await db.class.create({ data: { name: `Bench ${s}`, teacherId: teacher.id } });
    const students = [];
    for (let i = 0; i < perSession; i++) {
      const u = await db.user.create({
        data: {
          displayName: `Pupil ${s}-${i}`,
          username: `bench-${s}-${i}-${Date.now()}`,
          passwordHash: 'x',
          role: 'STUDENT',
        },
      });
      await db.enrollment.create({ data: { classId: cls.id, studentId: u.id } });
      students.push({ id: u.id, cookie: await cookieFor(u.id) });
    }
    const lesson = await db.liveSession.create({
      data: {
        classId: cls.id,
        kind: 'QUIZ',
        contentSlug: SLUG,
        contentVersion: getModule(SLUG)!.version,
        itemOrder: JSON.stringify(questions.slice(0, ROUNDS + 1).map((q) => q.id)),
      },
    });
    lessons.push({ id: lesson.id, students });
  }

  // Warm up first: the first request loads and validates the content, and the first stream loads
  // its route; neither belongs in the per-request numbers or the per-student memory.
  const warm = lessons[0]!;
  for (let i = 0; i < 3; i++) {
    await (
      await fetch(`${served.baseURL}/api/live/${warm.id}`, { headers: { cookie: warm.students[0]!.cookie } })
    ).arrayBuffer();
    const probe = openSse(`${served.baseURL}/api/live/${warm.id}/events`, warm.students[0]!.cookie);
    await probe.ready;
    probe.close();
  }
  await sleep(500);
  const rssBefore = serverRssKb(port);
  const sseOf = new Map<string, TSseClient[]>();
  for (const lesson of lessons) {
    const mine = lesson.students.map((st) =>
      openSse(`${served.baseURL}/api/live/${lesson.id}/events`, st.cookie),
    );
    clients.push(...mine);
    sseOf.set(lesson.id, mine);
  }
  await Promise.all(clients.map((c) => c.ready));
  await sleep(1000);
  const rssAfter = serverRssKb(port);

  const control = async (sessionId: string, c: string, seq: number) => {
    const res = await fetch(`${served.baseURL}/api/live/${sessionId}/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: teacherCookie },
      body: JSON.stringify({ control: c, seq }),
    });
    return (await res.json()) as { applied: boolean; seq: number };
  };

  // (1) Control → every connected student of that lesson has the event (all lessons at once).
  const delivery: number[] = [];
  let missing = 0;
  const seqs = new Map(lessons.map((l) => [l.id, 0]));
  const steps = Array.from({ length: ROUNDS }, () => ['reveal', 'next']).flat();
  for (const step of steps) {
    await Promise.all(
      lessons.map(async (l) => {
        const t0 = performance.now();
        const done = await control(l.id, step, seqs.get(l.id)!);
        seqs.set(l.id, done.seq);
        const until = Date.now() + 5000;
        const mine = sseOf.get(l.id)!;
        while (mine.some((c) => !c.seen.has(done.seq)) && Date.now() < until) await sleep(5);
        for (const c of mine) {
          const at = c.seen.get(done.seq);
          if (at === undefined) missing++;
          else delivery.push(at - t0);
        }
      }),
    );
  }

  // (2) Every student answers once, at a random moment within the window (open loop).
  const answerLatency: number[] = [];
  let answerErrors = 0;
  const openQuestion = questions[ROUNDS]!;
  const optionId = openQuestion.type === 'single' ? openQuestion.options[0]!.id : '';
  await Promise.all(
    lessons.flatMap((l) =>
      l.students.map(async (st) => {
        await sleep(Math.random() * ANSWER_WINDOW_MS);
        const t0 = performance.now();
        const res = await fetch(`${served.baseURL}/api/live/${l.id}/answers`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: st.cookie },
          body: JSON.stringify({
            questionId: openQuestion.id,
            round: 1,
            response: { type: 'single', optionId },
            confidence: 'sure',
          }),
        });
        await res.arrayBuffer();
        answerLatency.push(performance.now() - t0);
        if (!res.ok) answerErrors++;
      }),
    ),
  );
  const stored = await db.liveVote.count();

  console.log(
    JSON.stringify(
      {
        database: 'sqlite',
        students: STUDENTS,
        sessions: SESSIONS,
        controlToAllStudents: {
          events: delivery.length,
          missing,
          p50Ms: ms(quantile(delivery, 0.5)),
          p99Ms: ms(quantile(delivery, 0.99)),
          'budget p99 ≤ 500 ms': quantile(delivery, 0.99) <= 500,
        },
        answers: {
          sent: answerLatency.length,
          stored,
          errors: answerErrors,
          windowSeconds: ANSWER_WINDOW_MS / 1000,
          p50Ms: ms(quantile(answerLatency, 0.5)),
          p99Ms: ms(quantile(answerLatency, 0.99)),
          'budget p99 ≤ 100 ms': quantile(answerLatency, 0.99) <= 100,
        },
        memory: {
          serverRssBeforeKb: rssBefore,
          serverRssAfterKb: rssAfter,
          perConnectedStudentKb: Math.round(((rssAfter - rssBefore) / clients.length) * 10) / 10,
        },
      },
      null,
      2,
    ),
  );
} finally {
  for (const c of clients) c.close();
  await db.$disconnect();
  await served.stop();
}
