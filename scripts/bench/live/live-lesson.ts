// One live-lesson measurement (loopback, bounded): `students` pupils connected by SSE, spread over
// `sessions` lessons, measuring (1) the teacher's Reveal/Next → every connected student of that
// lesson having the event, p99; (2) every student answering once at a random moment within the
// answer window, latency p99; (3) server memory per connected student; on PostgreSQL, (4) NOTIFY
// and commit rates during (1) and (2); (5) every phone waking at once → the current question, p95.
import { execFileSync } from 'node:child_process';
import { getModule } from '../../../lib/content/load';
import type { Db } from '../../../lib/db/client';
import type { ServedBuild } from '../../lib/serve-build';
import { mintSessionCookie } from './mint-cookie';
import { openPgMeter, type TPgMeter, type TPgRates } from './pg-rates';
import { openSse, type TSseClient } from './sse-client';

const SLUG = 'allied-politics';

export type TLiveOptions = { students: number; sessions: number; rounds: number; answerSeconds: number };

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

type TLesson = { id: string; students: { id: string; cookie: string }[] };

/** A teacher, `sessions` classes of pupils and a running lesson in each. */
async function createLessons(db: Db, secret: string, opts: TLiveOptions) {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const questions = (getModule(SLUG)?.questions ?? []).filter((q) => q.type === 'single');
  const teacher = await db.user.create({
    data: {
      displayName: 'Bench teacher',
      email: `bench-${stamp}@bench.local`,
      passwordHash: 'x',
      role: 'TEACHER',
    },
  });
  const perSession = Math.ceil(opts.students / opts.sessions);
  const lessons: TLesson[] = [];
  for (let s = 0; s < opts.sessions; s++) {
    const cls = await db.class.create({ data: { name: `Bench ${s}`, teacherId: teacher.id } });
    const users = await db.user.createManyAndReturn({
      data: Array.from({ length: perSession }, (_, i) => ({
        displayName: `Pupil ${s}-${i}`,
        username: `bench-${stamp}-${s}-${i}`,
        passwordHash: 'x',
        role: 'STUDENT',
      })),
      select: { id: true },
    });
    await db.enrollment.createMany({ data: users.map((u) => ({ classId: cls.id, studentId: u.id })) });
    const lesson = await db.liveSession.create({
      data: {
        classId: cls.id,
        kind: 'QUIZ',
        contentSlug: SLUG,
        contentVersion: getModule(SLUG)!.version,
        itemOrder: JSON.stringify(questions.slice(0, opts.rounds + 1).map((q) => q.id)),
      },
    });
    const students = await Promise.all(
      users.map(async (u) => ({
        id: u.id,
        cookie: await mintSessionCookie(secret, { id: u.id, role: 'STUDENT' }),
      })),
    );
    lessons.push({ id: lesson.id, students });
  }
  const teacherCookie = await mintSessionCookie(secret, { id: teacher.id, role: 'TEACHER' });
  return { lessons, teacherCookie, openQuestion: questions[opts.rounds]! };
}

export async function measureLiveLesson(served: ServedBuild, db: Db, opts: TLiveOptions) {
  const base = served.baseURL;
  const port = new URL(base).port;
  const { lessons, teacherCookie, openQuestion } = await createLessons(db, served.secret, opts);
  const onPostgres = served.databaseUrl.startsWith('postgres');
  const meter: TPgMeter | null = onPostgres ? await openPgMeter(served.databaseUrl) : null;
  const measured = async <T>(run: () => Promise<T>): Promise<{ result: T; rates: TPgRates | null }> =>
    meter ? meter.phase(run) : { result: await run(), rates: null };
  const clients: TSseClient[] = [];
  try {
    // Warm up first: the first request loads the content and the first stream loads its route;
    // neither belongs in the per-request numbers or the per-student memory.
    const warm = lessons[0]!;
    for (let i = 0; i < 3; i++) {
      await (
        await fetch(`${base}/api/live/${warm.id}`, { headers: { cookie: warm.students[0]!.cookie } })
      ).arrayBuffer();
      const probe = openSse(`${base}/api/live/${warm.id}/events`, warm.students[0]!.cookie);
      await probe.ready;
      probe.close();
    }
    await sleep(500);
    const rssBefore = serverRssKb(port);
    const sseOf = new Map<string, TSseClient[]>();
    for (const lesson of lessons) {
      const mine = lesson.students.map((st) => openSse(`${base}/api/live/${lesson.id}/events`, st.cookie));
      clients.push(...mine);
      sseOf.set(lesson.id, mine);
    }
    await Promise.all(clients.map((c) => c.ready));
    await sleep(1000);
    const rssAfter = serverRssKb(port);

    const control = async (sessionId: string, c: string, seq: number) => {
      const res = await fetch(`${base}/api/live/${sessionId}/control`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: teacherCookie },
        body: JSON.stringify({ control: c, seq }),
      });
      return (await res.json()) as { applied: boolean; seq: number };
    };

    // (1) Reveal, Next, … → every connected student of that lesson has the event (all lessons at once).
    const delivery: number[] = [];
    let missing = 0;
    const seqs = new Map(lessons.map((l) => [l.id, 0]));
    const steps = Array.from({ length: opts.rounds }, () => ['reveal', 'next']).flat();
    const controls = await measured(async () => {
      for (const step of steps)
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
    });

    // (2) Every student answers once, at a random moment within the window (open loop).
    const answerLatency: number[] = [];
    let answerErrors = 0;
    const optionId = openQuestion.type === 'single' ? openQuestion.options[0]!.id : '';
    const answers = await measured(() =>
      Promise.all(
        lessons.flatMap((l) =>
          l.students.map(async (st) => {
            await sleep(Math.random() * opts.answerSeconds * 1000);
            const t0 = performance.now();
            const res = await fetch(`${base}/api/live/${l.id}/answers`, {
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
      ),
    );
    const stored = await db.liveVote.count({ where: { sessionId: { in: lessons.map((l) => l.id) } } });

    // (3) Every phone slept and wakes at once (the harshest case): its stream is gone; it reloads its
    // view of the lesson and opens a new stream. Timed until it has both: the current question shown.
    for (const c of clients) c.close();
    clients.length = 0;
    const wakeLatency: number[] = [];
    let wakeErrors = 0;
    await Promise.all(
      lessons.flatMap((l) =>
        l.students.map(async (st) => {
          const t0 = performance.now();
          const stream = openSse(`${base}/api/live/${l.id}/events`, st.cookie);
          clients.push(stream);
          const view = await fetch(`${base}/api/live/${l.id}`, { headers: { cookie: st.cookie } });
          await view.arrayBuffer();
          await stream.ready;
          if (!view.ok) wakeErrors++;
          wakeLatency.push(performance.now() - t0);
        }),
      ),
    );

    return {
      students: lessons.reduce((n, l) => n + l.students.length, 0),
      sessions: lessons.length,
      controlToAllStudents: {
        events: delivery.length,
        missing,
        p50Ms: ms(quantile(delivery, 0.5)),
        p99Ms: ms(quantile(delivery, 0.99)),
        postgres: controls.rates,
      },
      answers: {
        sent: answerLatency.length,
        stored,
        errors: answerErrors,
        windowSeconds: opts.answerSeconds,
        p50Ms: ms(quantile(answerLatency, 0.5)),
        p99Ms: ms(quantile(answerLatency, 0.99)),
        postgres: answers.rates,
      },
      wake: {
        phones: wakeLatency.length,
        errors: wakeErrors,
        p50Ms: ms(quantile(wakeLatency, 0.5)),
        p95Ms: ms(quantile(wakeLatency, 0.95)),
      },
      memory: {
        serverRssBeforeKb: rssBefore,
        serverRssAfterKb: rssAfter,
        perConnectedStudentKb: Math.round(((rssAfter - rssBefore) / clients.length) * 10) / 10,
      },
    };
  } finally {
    for (const c of clients) c.close();
    await meter?.close();
  }
}

export type TLiveFigures = Awaited<ReturnType<typeof measureLiveLesson>>;
