import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/dal/passwords';
import { actionIds, baseURL, sameOrigin, serverDb, serverRssMiB, signIn, signOut } from './support/client';

/**
 * Issue 9's table, row by row, replayed against the production build over HTTP. Each test is the
 * attack as the outside probe made it; it passes only because the protection now holds.
 */
const PASSWORD = 'probe-password-123';
let teacherCookie = '';
let studentCookie = '';
let classId = '';
let attemptId = '';

async function clearLimits() {
  await serverDb().signInLimit.deleteMany({});
}

beforeAll(async () => {
  const db = serverDb();
  const passwordHash = await hashPassword(PASSWORD);
  const teacher = await db.user.create({
    data: {
      displayName: 'Probe Teacher',
      email: 'probe-teacher@example.test',
      passwordHash,
      role: 'TEACHER',
    },
  });
  const cls = await db.class.create({
    data: { name: 'Probe class', teacherId: teacher.id, joinCode: 'PRBE2345' },
  });
  classId = cls.id;
  // Signed up on their own with a username, then joined the teacher's class: the takeover victim.
  const victim = await db.user.create({
    data: {
      displayName: 'Self Registered',
      username: 'self-registered-pupil',
      passwordHash,
      role: 'STUDENT',
    },
  });
  await db.enrollment.create({ data: { classId, studentId: victim.id } });
  const attempt = await db.quizAttempt.create({
    data: {
      studentId: victim.id,
      moduleSlug: 'probe',
      contentVersion: 'x',
      mode: 'PRACTICE',
      questionOrder: '[]',
    },
  });
  attemptId = attempt.id;
  teacherCookie = (await signIn('probe-teacher@example.test', PASSWORD)).cookie ?? '';
  studentCookie = (await signIn('self-registered-pupil', PASSWORD)).cookie ?? '';
  expect(teacherCookie).toContain('session-token');
  expect(studentCookie).toContain('session-token');
});

afterAll(clearLimits);

// The refusal itself (resetStudentPassword → forbidden, password and sessions untouched) is
// reproduced against SQLite and PostgreSQL in tests/integration/roster.test.ts.
describe('row 1: a teacher cannot take over a self-registered student', () => {
  it('the roster shows no reset button for that student and says why', async () => {
    const page = await (
      await fetch(`${baseURL()}/teacher/classes/${classId}`, { headers: { cookie: teacherCookie } })
    ).text();
    // React separates text from values with <!-- --> in server-rendered HTML.
    const html = page.replaceAll('<!-- -->', '');
    expect(html).toContain('Own account: only Self Registered can change its password.');
    expect(html).not.toContain('of Self Registered');
  });
});

describe('row 2: rotating X-Forwarded-For does not escape the per-address limit', () => {
  it('limits 108 rotated attempts at the address limit', async () => {
    await clearLimits();
    const outcomes: string[] = [];
    for (let i = 0; i < 60; i++) {
      const { url } = await signIn(`nobody-${i}`, 'wrong-password-1', {
        'x-forwarded-for': `203.0.113.${i}`,
      });
      outcomes.push(new URL(url, baseURL()).searchParams.get('error') ?? 'none');
    }
    // 50 per address per 15 minutes (lib/auth/rate-limit.ts): the rest are refused before hashing.
    expect(outcomes.slice(0, 50).every((o) => o === 'invalid')).toBe(true);
    expect(outcomes.slice(50)).toEqual(Array(10).fill('rate-limited'));
    await clearLimits();
  });
});

describe('row 3: no open redirect after sign-in', () => {
  it.each([
    '/%09/evil.example/',
    '/\t/evil.example/',
    '/\n/evil.example/',
    '/\r/evil.example/',
    '/\t\\evil.example/',
    '//evil.example/',
    'http://evil.example/',
  ])('keeps %j on this origin', async (callbackUrl) => {
    const { url } = await signIn('self-registered-pupil', PASSWORD, {}, callbackUrl);
    expect(new URL(url, baseURL()).origin).toBe(baseURL());
  });
});

describe('row 4: signing out revokes the token', () => {
  it('a copy of the cookie taken before sign-out no longer reads the account export', async () => {
    const { cookie } = await signIn('self-registered-pupil', PASSWORD);
    const captured = cookie ?? '';
    expect((await fetch(`${baseURL()}/api/account/export`, { headers: { cookie: captured } })).status).toBe(
      200,
    );
    await signOut(captured);
    expect((await fetch(`${baseURL()}/api/account/export`, { headers: { cookie: captured } })).status).toBe(
      401,
    );
    studentCookie = (await signIn('self-registered-pupil', PASSWORD)).cookie ?? '';
  });
});

/** Sends `bytes` of body at a JSON route as fast as the server will take it; the status it answered. */
function sendHuge(bytes: number, declareLength: boolean): Promise<number> {
  const url = new URL(`/api/attempts/${attemptId}/position`, baseURL());
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: studentCookie,
        ...sameOrigin(),
        ...(declareLength ? { 'content-length': String(bytes) } : {}),
      },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < bytes && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

describe('row 5: byte limits before parsing', () => {
  it('refuses a 64 MiB body with 413 while the server grows < 50 MiB', async () => {
    const before = serverRssMiB();
    expect(await sendHuge(64 * 1024 * 1024, true)).toBe(413);
    expect(await sendHuge(64 * 1024 * 1024, false)).toBe(413);
    expect(serverRssMiB() - before).toBeLessThan(50);
  });
});

describe('row 6: JSON writes need application/json from this site', () => {
  const url = () => `${baseURL()}/api/attempts/${attemptId}/position`;
  it('refuses a text/plain no-cors write with 415', async () => {
    const res = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: studentCookie, ...sameOrigin() },
      body: JSON.stringify({ seq: 0, index: 0 }),
    });
    expect(res.status).toBe(415);
  });
  it('refuses a same-site page on another port with 403', async () => {
    const other = new URL(baseURL());
    other.port = String(Number(other.port) + 1);
    const res = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: studentCookie, origin: other.origin },
      body: JSON.stringify({ seq: 0, index: 0 }),
    });
    expect(res.status).toBe(403);
    const unchanged = await serverDb().quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(unchanged.seq).toBe(0);
  });
});

describe('row 7: malformed input gets a clear 4xx, never a 500', () => {
  const paths = [
    '/modules/%ff%fe',
    '/modules/%ff%fe/quiz',
    '/scenarios/%ff%fe',
    '/attempts/%ff%fe',
    '/runs/%ff%fe',
    '/teacher/classes/%ff%fe',
    '/teacher/classes/%ff%fe/board',
    '/api/attempts/%ff%fe',
    '/api/runs/%ff%fe/decisions',
    '/api/teacher/classes/%ff%fe/board',
  ];
  it.each(paths)('%s answers 400', async (path) => {
    const res = await fetch(`${baseURL()}${path}`, { headers: { cookie: teacherCookie } });
    expect(res.status).toBe(400);
  });

  it('TRACE answers 405; a method Node cannot parse, 400', async () => {
    for (const [method, expected] of [
      ['TRACE', 405],
      ['FOO', 400],
    ] as const) {
      const status = await new Promise<number>((resolve, reject) => {
        http
          .request(new URL('/', baseURL()), { method }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          })
          .on('error', reject)
          .end();
      });
      expect([method, status]).toEqual([method, expected]);
    }
  });

  it('a foreign-Origin server action answers 403, an unreadable one 400', async () => {
    const signUp = actionIds().get('signUpAction');
    const post = (body: string, headers: Record<string, string>) =>
      fetch(`${baseURL()}/sign-up`, {
        method: 'POST',
        headers: { 'next-action': signUp?.id ?? '', 'content-type': 'text/plain;charset=UTF-8', ...headers },
        body,
      });
    expect((await post('[{}]', { origin: 'http://evil.example' })).status).toBe(403);
    for (const body of ['not json', '[', '{"a":1}'])
      expect((await post(body, sameOrigin())).status).toBe(400);
  });

  it('malformed next-auth parameters answer 400 or 405 without framework text', async () => {
    const bad = await fetch(`${baseURL()}/api/auth/signin?callbackUrl=http://a:b`);
    expect(bad.status).toBe(400);
    const get = await fetch(`${baseURL()}/api/auth/callback/credentials`);
    expect(get.status).toBe(405);
    expect(await get.text()).not.toMatch(/Error:|at .*\.js|TypeError/);
  });
});

describe('row 8: Content-Security-Policy', () => {
  it.each(['/', '/modules', '/sign-in', '/student'])('%s carries a strict policy', async (path) => {
    const res = await fetch(`${baseURL()}${path}`, { headers: { cookie: studentCookie } });
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toMatch(/'nonce-|'sha256-/);
    // HSTS only when the public URL is https; the build is served over http here.
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('row 9: throttles', () => {
  it('stops a script creating accounts from one address', async () => {
    await clearLimits();
    const signUp = actionIds().get('signUpAction');
    const statuses: string[] = [];
    for (let i = 0; i < 62; i++) {
      const res = await fetch(`${baseURL()}/sign-up`, {
        method: 'POST',
        headers: {
          'next-action': signUp?.id ?? '',
          'content-type': 'text/plain;charset=UTF-8',
          accept: 'text/x-component',
          ...sameOrigin(),
        },
        body: JSON.stringify([
          {
            displayName: `Bot ${i}`,
            identifier: `bot-${i}-${Date.now()}`,
            password: 'bot-password-123',
            role: 'STUDENT',
          },
        ]),
      });
      const text = await res.text();
      statuses.push(
        text.includes('Too many tries') ? 'throttled' : res.status === 200 ? 'made' : String(res.status),
      );
    }
    expect(statuses.slice(0, 60).every((s) => s === 'made')).toBe(true);
    expect(statuses.slice(60)).toEqual(['throttled', 'throttled']);
    await clearLimits();
  });
});

describe('row 10: another teacher’s class pages', () => {
  it.each(['', '/assignments', '/board', '/analytics'])('answer a real 404 (%s)', async (sub) => {
    const db = serverDb();
    const other = await db.user.create({
      data: {
        displayName: 'Other',
        email: `other-${Date.now()}-${sub.length}@example.test`,
        passwordHash: 'x',
        role: 'TEACHER',
      },
    });
    const foreign = await db.class.create({ data: { name: 'Not yours', teacherId: other.id } });
    const res = await fetch(`${baseURL()}/teacher/classes/${foreign.id}${sub}`, {
      headers: { cookie: teacherCookie },
    });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('Not yours');
  });
});
