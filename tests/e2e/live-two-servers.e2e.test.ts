import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getModule } from '@/lib/content/load';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { serveBuild, type ServedBuild } from '@/scripts/lib/serve-build';
import { mintSessionCookie } from '@/scripts/bench/live/mint-cookie';

/**
 * Scale-out: two app servers on one PostgreSQL. The teacher drives the lesson on server A; the
 * students are on server B. B is killed mid-question: every answer acknowledged before or after the
 * kill is stored (0 lost), and each student's event stream resumes on A within 5 s (the client
 * moves to the other server, as a load balancer would send it) and hears the teacher's next step.
 */
const PG = process.env.TEST_POSTGRES_URL;
const STUDENTS = 12;
const SLUG = 'allied-politics';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type TStream = {
  server: string;
  lastId: number | null;
  resumedAt: number | null;
  closed: boolean;
  failure: string | null;
};

/** An EventSource-like reader that moves to the next server when its stream drops. */
function resilientStream(servers: string[], path: string, cookie: string, startAt = 1): TStream {
  const state: TStream = {
    server: servers[startAt]!,
    lastId: null,
    resumedAt: null,
    closed: false,
    failure: null,
  };
  let index = startAt;
  void (async () => {
    while (!state.closed) {
      try {
        const res = await fetch(`${state.server}${path}`, {
          headers: { cookie, ...(state.lastId !== null ? { 'last-event-id': String(state.lastId) } : {}) },
        });
        if (!res.ok || !res.body) throw new Error(String(res.status));
        if (index !== startAt && state.resumedAt === null) state.resumedAt = Date.now();
        const decoder = new TextDecoder();
        let buffer = '';
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          for (const id of buffer.matchAll(/^id: (\d+)$/gm)) state.lastId = Number(id[1]);
          buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 1);
          if (state.closed) return;
        }
      } catch (err) {
        // the server went away: the retry below goes to the other one
        state.failure = String(err);
      }
      index = (index + 1) % servers.length;
      state.server = servers[index]!;
      await sleep(250);
    }
  })();
  return state;
}

/** POST that fails over to the other server on a network error (never on an HTTP answer). */
async function postWithFailover(
  servers: string[],
  prefer: number,
  path: string,
  cookie: string,
  body: unknown,
) {
  for (let attempt = 0; attempt < 6; attempt++) {
    const server = servers[(prefer + attempt) % servers.length]!;
    try {
      return await fetch(`${server}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin: server },
        body: JSON.stringify(body),
      });
    } catch {
      await sleep(100);
    }
  }
  throw new Error('no server answered');
}

describe.skipIf(!PG)('a live lesson on two app servers sharing PostgreSQL', () => {
  let served: ServedBuild;
  let db: Db;
  beforeAll(async () => {
    served = await serveBuild({ postgresServerUrl: PG!, replicas: 2 });
    db = createPrismaClient(served.databaseUrl);
  }, 180_000);
  afterAll(async () => {
    await db?.$disconnect();
    // Server B was killed on purpose; stopping what is left must not fail the suite.
    await served?.stop().catch(() => undefined);
  });

  // No retry: the first run kills server B, so a retry would have nothing to kill.
  it(
    'teacher on A, students on B; B dies mid-question: 0 answers lost, streams resume on A within 5 s',
    { retry: 0, timeout: 120_000 },
    async () => {
      const [A, B] = served.baseURLs as [string, string];
      const servers = [A, B];
      const cookieFor = (uid: string, role = 'STUDENT') =>
        mintSessionCookie(served.secret, { id: uid, role });
      const teacher = await db.user.create({
        data: { displayName: 'T', email: `t-${Date.now()}@two.local`, passwordHash: 'x', role: 'TEACHER' },
      });
      const cls = await db.class.create({ data: { name: 'Two servers', teacherId: teacher.id } });
      const students: { id: string; cookie: string }[] = [];
      for (let i = 0; i < STUDENTS; i++) {
        const u = await db.user.create({
          data: {
            displayName: `S${i}`,
            username: `two-${i}-${Date.now()}`,
            passwordHash: 'x',
            role: 'STUDENT',
          },
        });
        await db.enrollment.create({ data: { classId: cls.id, studentId: u.id } });
        students.push({ id: u.id, cookie: await cookieFor(u.id) });
      }
      const questions = getModule(SLUG)!.questions.filter((q) => q.type === 'single');
      const q = questions[0]!;
      const optionId = q.type === 'single' ? q.options[0]!.id : '';
      const lesson = await db.liveSession.create({
        data: {
          classId: cls.id,
          kind: 'QUIZ',
          contentSlug: SLUG,
          contentVersion: getModule(SLUG)!.version,
          itemOrder: JSON.stringify([q.id, questions[1]!.id]),
        },
      });
      const teacherCookie = await cookieFor(teacher.id, 'TEACHER');
      const streams = students.map((s) =>
        resilientStream(servers, `/api/live/${lesson.id}/events`, s.cookie, 1),
      );
      // The teacher's own presenter stream and view are on A, as in a real lesson (A is warm).
      const teacherStream = resilientStream([A], `/api/live/${lesson.id}/events`, teacherCookie, 0);
      await fetch(`${A}/api/live/${lesson.id}/presenter`, { headers: { cookie: teacherCookie } });
      await expect
        .poll(() => streams.every((s) => s.lastId === 0) || streams.map((s) => s.failure), {
          timeout: 20_000,
        })
        .toBe(true);

      const answer = (i: number) =>
        postWithFailover(servers, 1, `/api/live/${lesson.id}/answers`, students[i]!.cookie, {
          questionId: q.id,
          round: 1,
          response: { type: 'single', optionId },
          confidence: null,
        });
      const acknowledged: number[] = [];
      for (let i = 0; i < STUDENTS / 2; i++) if ((await answer(i)).ok) acknowledged.push(i);

      // Kill server B (the process listening on its port) mid-question, with answers still arriving.
      const port = new URL(B).port;
      const pids = [
        ...execFileSync('ss', ['-ltnpH', `sport = :${port}`])
          .toString()
          .matchAll(/pid=(\d+)/g),
      ].map((m) => Number(m[1]));
      expect(pids.length).toBeGreaterThan(0);
      const killedAt = Date.now();
      for (const pid of pids) process.kill(pid, 'SIGKILL');
      const late = await Promise.all(
        Array.from({ length: STUDENTS / 2 }, (_, k) =>
          answer(STUDENTS / 2 + k).then((r) => (r.ok ? STUDENTS / 2 + k : -1)),
        ),
      );
      acknowledged.push(...late.filter((i) => i >= 0));

      await expect.poll(() => streams.every((s) => s.resumedAt !== null), { timeout: 10_000 }).toBe(true);
      const resumeMs = Math.max(...streams.map((s) => s.resumedAt! - killedAt));
      expect(resumeMs).toBeLessThanOrEqual(5000);

      // The teacher's Reveal on A reaches every student, now all on A.
      const reveal = await fetch(`${A}/api/live/${lesson.id}/control`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: teacherCookie, origin: A },
        body: JSON.stringify({ control: 'reveal', seq: 0 }),
      });
      expect(((await reveal.json()) as { applied: boolean }).applied).toBe(true);
      await expect.poll(() => streams.every((s) => s.lastId === 1), { timeout: 10_000 }).toBe(true);

      expect(acknowledged).toHaveLength(STUDENTS);
      const stored = await db.liveVote.findMany({
        where: { sessionId: lesson.id },
        select: { studentId: true },
      });
      expect(new Set(stored.map((v) => v.studentId))).toEqual(
        new Set(acknowledged.map((i) => students[i]!.id)),
      );
      expect(await db.quizResponse.count({ where: { attempt: { liveSessionId: lesson.id } } })).toBe(
        STUDENTS,
      );
      for (const s of [...streams, teacherStream]) s.closed = true;
      console.log(`two servers: streams resumed on A within ${resumeMs} ms of the kill`);
    },
  );
});
