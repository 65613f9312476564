import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import type { SessionUser } from '@/lib/dal/users';
import type { ActionState } from '@/lib/action-state';
import { createClass, joinClassByCode } from '@/lib/dal/classes';
import { createAssignment } from '@/lib/dal/assignments';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser, submitAttempt } from './support/teacher-fixtures';

/**
 * The authorization matrix: two teachers, three students in two classes, and a visitor call every
 * teacher page, action, route handler and export, and the student and account surfaces. Every
 * cross-access must be refused (redirect/401 for a visitor, 403 or 404 otherwise) and change
 * nothing; the owner's own calls succeed and show only their own data.
 */

const auth = vi.hoisted(() => ({
  session: null as { uid: string; sv: number; authAt: number; seen: number } | null,
}));

class NavigationStop extends Error {
  constructor(readonly outcome: 'redirect' | 403 | 404) {
    super(String(outcome));
  }
}

vi.mock('@/lib/auth/session-claims', () => ({ readSessionClaims: async () => auth.session }));
vi.mock('next/navigation', async (original) => ({
  ...(await original<typeof import('next/navigation')>()),
  redirect: () => {
    throw new NavigationStop('redirect');
  },
  notFound: () => {
    throw new NavigationStop(404);
  },
  forbidden: () => {
    throw new NavigationStop(403);
  },
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

type Outcome = 'ok' | 'redirect' | 400 | 401 | 403 | 404 | 'error';

async function outcomeOf(run: () => Promise<unknown>): Promise<{ outcome: Outcome; body: string }> {
  try {
    const value = await run();
    if (value instanceof Response) {
      const body = await value.text();
      return { outcome: value.status === 200 ? 'ok' : (value.status as Outcome), body };
    }
    const state = value as ActionState | undefined;
    if (state && typeof state === 'object' && 'status' in state && state.status === 'error')
      return { outcome: 'error', body: textOf(state) };
    return { outcome: 'ok', body: textOf(value) };
  } catch (err) {
    if (err instanceof NavigationStop) return { outcome: err.outcome, body: '' };
    throw err;
  }
}

/** Every string and number inside a value (a React tree included), skipping cycles and functions. */
function textOf(value: unknown, seen = new WeakSet<object>()): string {
  if (typeof value === 'string' || typeof value === 'number') return `${value} `;
  if (!value || typeof value !== 'object' || seen.has(value)) return '';
  seen.add(value);
  return Object.entries(value)
    .filter(([k]) => k !== '_owner' && k !== '_store' && k !== '_debugInfo')
    .map(([, v]) => textOf(v, seen))
    .join('');
}

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const IDLE = { status: 'idle' } as const;

describe.each(databaseKinds())('authorization matrix on %s', (kind) => {
  let t: TestDatabase;
  let actors: Record<
    'visitor' | 'teacherA' | 'teacherB' | 'studentA1' | 'studentA2' | 'studentB',
    SessionUser | null
  >;
  let classA: string;
  let classB: string;
  let quizA: string;
  let scenarioA: string;
  let quizB: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
    const teacherA = await makeUser(t.db, 'TEACHER', 'Teacher A');
    const teacherB = await makeUser(t.db, 'TEACHER', 'Teacher B');
    const studentA1 = await makeUser(t.db, 'STUDENT', 'Student A1');
    const studentA2 = await makeUser(t.db, 'STUDENT', 'Student A2');
    const studentB = await makeUser(t.db, 'STUDENT', 'Student B');
    const a = await createClass(teacherA, 'Class Alpha');
    const b = await createClass(teacherB, 'Class Beta');
    classA = a.id;
    classB = b.id;
    await joinClassByCode(studentA1, a.joinCode ?? '');
    await joinClassByCode(studentA2, a.joinCode ?? '');
    // Student A2 is a pupil account teacher A made from the roster, so A may reset its password.
    await t.db.user.update({ where: { id: studentA2.id }, data: { createdById: teacherA.id } });
    await joinClassByCode(studentB, b.joinCode ?? '');
    const base = { releaseAt: null, dueAt: null, maxAttempts: null, feedbackMode: 'TEST' as const };
    const qa = await createAssignment(teacherA, classA, {
      ...base,
      kind: 'QUIZ',
      contentSlug: 'article-5-borders',
    });
    const sa = await createAssignment(teacherA, classA, {
      ...base,
      kind: 'SCENARIO',
      contentSlug: 'the-envoy',
    });
    const qb = await createAssignment(teacherB, classB, { ...base, kind: 'QUIZ', contentSlug: 'escalation' });
    if (!qa.ok || !sa.ok || !qb.ok) throw new Error('setup failed');
    [quizA, scenarioA, quizB] = [qa.id, sa.id, qb.id];
    for (const s of [studentA1, studentA2])
      await submitAttempt(t.db, {
        studentId: s.id,
        assignmentId: quizA,
        moduleSlug: 'article-5-borders',
        answers: [{ questionId: 'a5-worldwide', correct: true }],
      });
    await submitAttempt(t.db, {
      studentId: studentB.id,
      assignmentId: quizB,
      moduleSlug: 'escalation',
      answers: [{ questionId: 'x', correct: false }],
    });
    actors = { visitor: null, teacherA, teacherB, studentA1, studentA2, studentB };
  });
  afterAll(() => t?.drop());

  function actAs(user: SessionUser | null) {
    // A token minted just now (lib/auth/session-policy.ts refuses one without its times).
    const now = Math.floor(Date.now() / 1000);
    auth.session = user ? { uid: user.id, sv: user.sessionVersion, authAt: now, seen: now } : null;
  }

  /** A fingerprint of everything the probes could change. */
  async function snapshot() {
    const [classes, users, enrollments, assignments] = await Promise.all([
      t.db.class.findMany({
        orderBy: { id: 'asc' },
        select: { id: true, name: true, joinCode: true, archivedAt: true },
      }),
      t.db.user.findMany({
        orderBy: { id: 'asc' },
        select: { id: true, passwordHash: true, sessionVersion: true },
      }),
      t.db.enrollment.count(),
      t.db.assignment.count(),
    ]);
    return JSON.stringify({ classes, users, enrollments, assignments });
  }

  async function probes(classId: string, quizId: string, studentId: string) {
    const teacherHome = (await import('@/app/(teacher)/teacher/page')).default;
    const classPage = (await import('@/app/(teacher)/teacher/classes/[classId]/page')).default;
    const assignmentsPage = (await import('@/app/(teacher)/teacher/classes/[classId]/assignments/page'))
      .default;
    const boardPage = (await import('@/app/(teacher)/teacher/classes/[classId]/board/page')).default;
    const analyticsPage = (await import('@/app/(teacher)/teacher/classes/[classId]/analytics/page')).default;
    const studentPage = (await import('@/app/(teacher)/teacher/classes/[classId]/students/[studentId]/page'))
      .default;
    const reflectionsPage = (await import('@/app/(teacher)/teacher/classes/[classId]/reflections/page'))
      .default;
    const presentPage = (await import('@/app/(teacher)/teacher/classes/[classId]/present/page')).default;
    const classActions = await import('@/app/(teacher)/teacher/classes/[classId]/actions');
    const cardsPage = (await import('@/app/(teacher)/teacher/classes/[classId]/cards/page')).default;
    const cardsActions = await import('@/app/(teacher)/teacher/classes/[classId]/cards/actions');
    const bulkKey = '5f0c7d3e-2b1a-4c8d-9e6f-1a2b3c4d5e6f';
    const studentActions =
      await import('@/app/(teacher)/teacher/classes/[classId]/students/[studentId]/actions');
    const assignmentActions = await import('@/app/(teacher)/teacher/classes/[classId]/assignments/actions');
    const homeActions = await import('@/app/(teacher)/teacher/actions');
    const board = await import('@/app/api/teacher/classes/[classId]/board/route');
    const gradebook = await import('@/app/api/teacher/classes/[classId]/gradebook/route');
    const csv = await import('@/app/api/teacher/assignments/[assignmentId]/csv/route');
    const params = Promise.resolve({ classId });
    const req = new Request('http://test/');
    return {
      'page /teacher': () => teacherHome(),
      'page class': () => classPage({ params }),
      'page assignments': () => assignmentsPage({ params }),
      'page board': () => boardPage({ params }),
      'page analytics': () => analyticsPage({ params, searchParams: Promise.resolve({}) }),
      'page reflections': () => reflectionsPage({ params, searchParams: Promise.resolve({}) }),
      'page present code': () => presentPage({ params }),
      'page sign-in cards': () => cardsPage({ params }),
      'page student work': () => studentPage({ params: Promise.resolve({ classId, studentId }) }),
      'GET board.json': () => board.GET(req, { params }),
      'GET gradebook.csv': () => gradebook.GET(req, { params }),
      'GET assignment.csv': () => csv.GET(req, { params: Promise.resolve({ assignmentId: quizId }) }),
      'action create class': () => homeActions.createClassAction(IDLE, form({ name: 'Probe class' })),
      'action rename': () => classActions.renameClassAction(IDLE, form({ classId, name: 'Hijacked' })),
      'action rotate code': () => classActions.rotateCodeAction(form({ classId })),
      'action joining off': () => classActions.disableJoiningAction(form({ classId })),
      'action archive': () => classActions.archiveClassAction(form({ classId })),
      'action restore': () => classActions.restoreClassAction(form({ classId })),
      'action bulk accounts': () =>
        cardsActions.createStudentsAction(
          { status: 'idle' },
          form({ classId, names: 'Intruder pupil', key: bulkKey, duplicates: 'create-all' }),
        ),
      'action reprint cards': () => cardsActions.reprintCardsAction(IDLE, form({ classId })),
      'action pupil extension': () =>
        studentActions.savePupilTermsAction(
          IDLE,
          form({ classId, studentId, assignmentId: quizId, dueAt: '', extraAttempts: '1', timeZone: 'UTC' }),
        ),
      'action reset password': () => classActions.resetPasswordAction(IDLE, form({ classId, studentId })),
      'action remove student': () => classActions.removeStudentAction(form({ classId, studentId })),
      'action assign': () =>
        assignmentActions.createAssignmentAction(
          IDLE,
          form({
            classId,
            content: 'QUIZ:escalation',
            releaseAt: '',
            dueAt: '',
            maxAttempts: '',
            feedbackMode: 'PRACTICE',
            timeZone: 'UTC',
          }),
        ),
      'action edit assignment': () =>
        assignmentActions.editAssignmentAction(
          IDLE,
          form({
            classId,
            assignmentId: quizId,
            releaseAt: '',
            dueAt: '2030-01-01T09:00',
            maxAttempts: '1',
            feedbackMode: 'TEST',
            timeZone: 'UTC',
          }),
        ),
      'action delete assignment': () =>
        assignmentActions.deleteAssignmentAction(form({ classId, assignmentId: quizId })),
    } satisfies Record<string, () => Promise<unknown>>;
  }

  it('refuses every teacher surface of class A to everyone but its teacher, changing nothing', async () => {
    const studentId = actors.studentA1?.id ?? '';
    const all = await probes(classA, quizA, studentId);
    for (const [who, user] of Object.entries(actors)) {
      if (who === 'teacherA') continue;
      actAs(user);
      for (const [name, run] of Object.entries(all)) {
        if (name === 'action create class' && who === 'teacherB') continue; // creating one's own class is no cross-access
        const before = await snapshot();
        const { outcome, body } = await outcomeOf(run);
        const allowed: Outcome[] =
          who === 'visitor' ? ['redirect', 401] : who.startsWith('student') ? [403, 'redirect'] : [404];
        if (name === 'page /teacher' && who === 'teacherB') {
          expect(outcome, `${who} → ${name}`).toBe('ok');
          expect(body, `${who} → ${name}`).not.toContain('Class Alpha');
          continue;
        }
        expect(allowed, `${who} → ${name} gave ${outcome}`).toContain(outcome);
        expect(body).not.toContain('Class Alpha');
        expect(await snapshot(), `${who} → ${name} changed data`).toBe(before);
      }
    }
  });

  it('lets the teacher use every surface of their own class', async () => {
    actAs(actors.teacherA);
    const all = await probes(classA, quizA, actors.studentA2?.id ?? '');
    // Destructive probes last, so the earlier ones still find what they look at.
    const order = Object.keys(all).sort(
      (a, b) => Number(/archive|remove|delete/.test(a)) - Number(/archive|remove|delete/.test(b)),
    );
    for (const name of order) {
      const { outcome, body } = await outcomeOf(all[name as keyof typeof all]);
      expect(outcome, `teacherA → ${name}`).toBe('ok');
      expect(body, `teacherA → ${name}`).not.toMatch(/Class Beta|Student B\b/);
    }
    const board = await (
      await import('@/app/api/teacher/classes/[classId]/board/route')
    ).GET(new Request('http://test/'), { params: Promise.resolve({ classId: classB }) });
    expect(board.status).toBe(404);
  });

  it('shows students only their own work and refuses bad ids with 400', async () => {
    const studentHome = (await import('@/app/(student)/student/page')).default;
    const exportRoute = await import('@/app/api/account/export/route');
    for (const who of ['studentA1', 'studentB'] as const) {
      const me = actors[who];
      actAs(me);
      const home = textOf(await studentHome());
      const data = await exportRoute.GET();
      expect(data.status).toBe(200);
      const text = await data.text();
      expect(text).toContain(me?.id);
      for (const other of Object.values(actors))
        if (other && other.id !== me?.id) expect(text).not.toContain(other.id);
      expect(home).not.toContain(who === 'studentA1' ? 'Class Beta' : 'Class Alpha');
    }
    actAs(null);
    expect((await exportRoute.GET()).status).toBe(401);
    actAs(actors.teacherA);
    const board = await import('@/app/api/teacher/classes/[classId]/board/route');
    expect(
      (
        await board.GET(new Request('http://test/'), {
          params: Promise.resolve({ classId: 'x'.repeat(200) }),
        })
      ).status,
    ).toBe(400);
    void scenarioA;
  });
});
