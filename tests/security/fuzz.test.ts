import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/dal/passwords';
import { actionIds, baseURL, sameOrigin, serverDb, signIn } from './support/client';

/**
 * A bounded fuzz run: 1,000 generated payloads from one fixed seed, over every JSON route handler
 * under app/api (found on disk, so routes added later are covered) and every server action in the
 * build's manifest, signed in as a student and as a teacher. No payload may produce a 500.
 */
const SEED = 0x0d00_2026;
const PAYLOADS = 1000;

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const STRINGS = [
  '',
  ' ',
  'a'.repeat(5000),
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%ff%fe',
  '\u0000',
  '\ud800',
  '😀',
  'NaN',
  '-1',
  '1e309',
  'null',
  '$K1',
  '$@0',
  '$F1',
  'YEAR-2345',
];

function value(depth = 0): unknown {
  const roll = random();
  if (depth > 3 || roll < 0.35) {
    return pick<unknown>([
      null,
      true,
      false,
      0,
      -1,
      2 ** 53,
      1e308,
      -0.5,
      Math.floor(random() * 1000),
      pick(STRINGS),
      `s${Math.floor(random() * 1e6)}`,
    ]);
  }
  if (roll < 0.65) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
  const keys = [
    'seq',
    'index',
    'questionId',
    'response',
    'confidence',
    'choiceId',
    'step',
    'text',
    'rating',
    'name',
    'code',
    'classId',
    'studentId',
    'password',
    'identifier',
    'role',
    '__proto__',
    pick(STRINGS),
  ];
  const out: Record<string, unknown> = {};
  // defineProperty: a "__proto__" key becomes an own property, as JSON.parse would make it.
  for (let i = Math.floor(random() * 5); i > 0; i--)
    Object.defineProperty(out, pick(keys), {
      value: value(depth + 1),
      enumerable: true,
      configurable: true,
      writable: true,
    });
  return out;
}

function body(): { contentType: string; data: BodyInit } {
  const roll = random();
  if (roll < 0.6) return { contentType: 'application/json', data: JSON.stringify(value()) };
  if (roll < 0.75) return { contentType: 'application/json', data: pick(['{', 'nul', '[1,', '"\\x"', '']) };
  if (roll < 0.85)
    return { contentType: 'application/json', data: new Uint8Array([0x7b, 0xff, 0xfe, 0x22, 0x7d]) };
  return {
    contentType: pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']),
    data: 'x=1',
  };
}

/**
 * A server-action body. "Well-formed" bodies (a React multipart envelope, or a JSON array of
 * arguments) go to signUpAction, which takes any value; every other body must be refused by
 * proxy.ts before any action runs, whichever action it names. Well-formed envelopes whose argument
 * types do not match a FormData action are not generated: those actions still throw (SECURITY.md,
 * "Known gaps").
 */
function actionBody(): { contentType?: string; data: BodyInit; wellFormed: boolean } {
  const roll = random();
  if (roll < 0.25) {
    const form = new FormData();
    for (let i = Math.floor(random() * 5); i > 0; i--)
      form.append(
        pick(['1_displayName', '1_identifier', '1_password', '1_role', pick(STRINGS)]),
        JSON.stringify(value(3)) ?? '',
      );
    form.append('0', JSON.stringify(['$K1']));
    return { data: form, wellFormed: true };
  }
  if (roll < 0.5)
    return { contentType: 'text/plain;charset=UTF-8', data: JSON.stringify([value()]), wellFormed: true };
  const notAnArray = JSON.stringify(value());
  return {
    contentType: pick(['text/plain;charset=UTF-8', 'application/json', 'multipart/form-data; boundary=x']),
    data: pick(['not json', '[', '{}', '"x"', '', '{"a":[', notAnArray.startsWith('[') ? '{}' : notAnArray]),
    wellFormed: false,
  };
}

/** POST routes under app/api (next-auth's own excepted), with their dynamic segments. */
function jsonRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        entry.name === 'route.ts' &&
        /export (async )?function (POST|PUT|PATCH|DELETE)\b/.test(fs.readFileSync(full, 'utf8'))
      )
        found.push('/' + path.relative('app', path.dirname(full)).split(path.sep).join('/'));
    }
  };
  walk(path.join('app', 'api'));
  return found.filter((route) => !route.startsWith('/api/auth'));
}

let cookies: string[] = [];
let ids: string[] = [];

beforeAll(async () => {
  const db = serverDb();
  const passwordHash = await hashPassword('fuzz-password-123');
  const teacher = await db.user.create({
    data: { displayName: 'Fuzz T', email: 'fuzz-t@example.test', passwordHash, role: 'TEACHER' },
  });
  const student = await db.user.create({
    data: { displayName: 'Fuzz S', username: 'fuzz-student', passwordHash, role: 'STUDENT' },
  });
  const cls = await db.class.create({ data: { name: 'Fuzz class', teacherId: teacher.id } });
  const attempt = await db.quizAttempt.create({
    data: {
      studentId: student.id,
      moduleSlug: 'fuzz',
      contentVersion: 'x',
      mode: 'PRACTICE',
      questionOrder: '[]',
    },
  });
  ids = [cls.id, attempt.id, student.id, 'unknown-id', '%ff', 'x'.repeat(80)];
  await db.signInLimit.deleteMany({});
  cookies = [
    (await signIn('fuzz-t@example.test', 'fuzz-password-123')).cookie ?? '',
    (await signIn('fuzz-student', 'fuzz-password-123')).cookie ?? '',
  ];
  expect(cookies.every((c) => c.includes('session-token'))).toBe(true);
});

describe(`fuzz (seed ${SEED}, ${PAYLOADS} payloads)`, () => {
  it('never answers 500 on any JSON route or server action', async () => {
    const routes = jsonRoutes();
    // Signing out everywhere takes no input and would only end the fuzzing sessions.
    const actions = [...actionIds().entries()]
      .filter(([name]) => name !== 'signOutEverywhereAction')
      .map(([, action]) => action);
    const signUp = actionIds().get('signUpAction');
    if (!signUp) throw new Error('signUpAction is not in the build');
    expect(routes.length).toBeGreaterThanOrEqual(6);
    expect(actions.length).toBeGreaterThanOrEqual(10);
    const failures: string[] = [];
    for (let i = 0; i < PAYLOADS; i++) {
      const cookie = pick(cookies);
      let url: string;
      let init: RequestInit;
      if (i % 2 === 0) {
        url = pick(routes).replace(/\[[^\]]+\]/g, () => encodeURIComponent(pick(ids)));
        const { contentType, data } = body();
        init = {
          method: 'POST',
          headers: { 'content-type': contentType, cookie, ...sameOrigin() },
          body: data,
        };
      } else {
        const { contentType, data, wellFormed } = actionBody();
        const action = wellFormed ? signUp : pick(actions);
        url = action.page.replace(/\[[^\]]+\]/g, () => encodeURIComponent(pick(ids)));
        init = {
          method: 'POST',
          headers: {
            'next-action': action.id,
            accept: 'text/x-component',
            cookie,
            ...sameOrigin(),
            ...(contentType ? { 'content-type': contentType } : {}),
          },
          body: data,
        };
      }
      const res = await fetch(`${baseURL()}${url}`, { ...init, redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status >= 500) failures.push(`${i}: ${init.method} ${url} → ${res.status}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
