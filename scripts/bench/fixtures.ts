// The bench's pupils: created through the data layer against the served database, with session
// cookies minted from the server's own secret (the same JWT next-auth would set after a sign-in), so
// a class of 300 needs no 300 real sign-ins. The sign-in storm uses real sign-ins instead.
import { encode } from 'next-auth/jwt';
import { createPrismaClient, type Db } from '@/lib/db/client';
// Aliased: the hooks lint rule reads any use* call as a React hook.
import { setDatabaseClient as pointDataLayerAt } from '@/lib/db';
import { getModule, loadContent } from '@/lib/content/load';
import type { TQuestion } from '@/lib/content/question-schema';
import { startAttempt } from '@/lib/dal/attempt-entry';
import type { SessionUser } from '@/lib/dal/users';

export const DEMO_PASSWORD = 'open-door-demo';
const SESSION_COOKIE = 'next-auth.session-token';

/** One quiz attempt a pupil works through, question by question. */
export type TBenchAttempt = { attemptId: string; questions: TQuestion[] };
export type TBenchPupil = { id: string; username: string; cookie: string; attempts: TBenchAttempt[] };

const nowSeconds = () => Math.floor(Date.now() / 1000);

export async function mintCookie(
  secret: string,
  user: { id: string; displayName: string; role: string; sessionVersion: number },
) {
  const token = await encode({
    secret,
    // The claims lib/auth/options.ts puts in a fresh token (authAt/seen feed the idle and absolute timeouts).
    token: {
      sub: user.id,
      name: user.displayName,
      uid: user.id,
      role: user.role,
      sv: user.sessionVersion,
      authAt: nowSeconds(),
      seen: nowSeconds(),
    },
  });
  return `${SESSION_COOKIE}=${token}`;
}

export type TBenchWorld = {
  db: Db;
  classId: string;
  teacherCookie: string;
  /** The demo student's cookie, with a submitted attempt for the results page. */
  demoCookie: string;
  demoResultsPath: string;
  newPupils(count: number, opts: { modules: number; assignment: boolean }): Promise<TBenchPupil[]>;
  close(): Promise<void>;
};

/**
 * A class of the demo teacher with one practice assignment per module; pupils are enrolled in it
 * and get an attempt on the first `modules` assignments (so the teacher's board shows their work).
 */
export async function prepareWorld(databaseUrl: string, secret: string): Promise<TBenchWorld> {
  Object.assign(process.env, { NODE_ENV: 'production' }); // content validated once, as on the server
  const db = createPrismaClient(databaseUrl);
  pointDataLayerAt(db);
  const teacher = await db.user.findUniqueOrThrow({ where: { email: 'teacher@demo.opendoor' } });
  const demo = await db.user.findUniqueOrThrow({ where: { username: 'demo-student' } });
  const modules = loadContent().modules;
  const cls = await db.class.create({ data: { name: 'Bench year group', teacherId: teacher.id } });
  const assignments: { id: string; contentSlug: string }[] = [];
  for (const m of modules)
    assignments.push(
      await db.assignment.create({
        data: { classId: cls.id, kind: 'QUIZ', contentSlug: m.id, feedbackMode: 'PRACTICE' },
      }),
    );
  let made = 0;
  const demoUser: SessionUser = { ...demo, role: 'STUDENT', mustChangePassword: false };
  const demoAttempt = await startAttempt(demoUser, {
    slug: modules[0]?.id ?? '',
    mode: 'test',
    assignmentId: null,
  });
  if (!demoAttempt.ok) throw new Error(demoAttempt.reason);
  await db.quizAttempt.update({
    where: { id: demoAttempt.value.attemptId },
    data: { state: 'SUBMITTED', submittedAt: new Date(), score: 0, maxScore: 1 },
  });
  return {
    db,
    classId: cls.id,
    teacherCookie: await mintCookie(secret, teacher),
    demoCookie: await mintCookie(secret, demo),
    demoResultsPath: `/attempts/${demoAttempt.value.attemptId}`,
    async newPupils(count, opts) {
      const pupils: TBenchPupil[] = [];
      for (let i = 0; i < count; i++) {
        made += 1;
        const row = await db.user.create({
          data: {
            displayName: `Bench pupil ${made}`,
            username: `bench-${cls.id.slice(-6)}-${made}`,
            passwordHash: teacher.passwordHash,
            role: 'STUDENT',
            enrollments: { create: { classId: cls.id } },
          },
        });
        const student: SessionUser = { ...row, role: 'STUDENT', mustChangePassword: false };
        const attempts: TBenchAttempt[] = [];
        for (const a of assignments.slice(0, opts.modules)) {
          const started = await startAttempt(student, {
            slug: a.contentSlug,
            mode: 'practice',
            assignmentId: opts.assignment ? a.id : null,
          });
          if (!started.ok) throw new Error(started.reason);
          attempts.push({
            attemptId: started.value.attemptId,
            questions: getModule(a.contentSlug)?.questions ?? [],
          });
        }
        pupils.push({
          id: row.id,
          username: row.username ?? '',
          cookie: await mintCookie(secret, row),
          attempts,
        });
      }
      return pupils;
    },
    close: () => db.$disconnect(),
  };
}
