import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/dal/passwords';
import { actionIds, baseURL, sameOrigin, serverDb, signIn } from './support/client';

/**
 * A bounded fuzz run from one fixed seed, signed in as a student and as a teacher: 1,000 generated
 * payloads over every JSON route handler under app/api and every server action, then every server
 * action sent each argument list in WRONG_TYPES. Routes and actions are found on disk (actions
 * located in the build's manifest), so ones added later are covered. No request may produce a 500.
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

/** Names of fields the app's forms send (React prefixes a FormData argument's fields with "1_"). */
const FIELDS = [
  'name',
  'classId',
  'studentId',
  'assignmentId',
  'code',
  'password',
  'current',
  'next',
  'confirm',
  'slug',
  'mode',
  'assignment',
  'names',
  'body',
  'moduleSlug',
  'questionId',
  'content',
  'dueAt',
  'maxAttempts',
  'feedbackMode',
];

/** A React multipart envelope: part "0" holds the arguments; "$K1" in them is the form of "1_" fields. */
function envelope(args: unknown[]): FormData {
  const form = new FormData();
  for (let i = Math.floor(random() * 5); i > 0; i--)
    form.append(`1_${pick(FIELDS)}`, pick([...STRINGS, ...ids, 'practice', 'PRACTICE']));
  form.append('0', JSON.stringify(args));
  return form;
}

/** One argument of a well-formed envelope: a form, a record id, or any value in the wrong place. */
function argument(): unknown {
  const roll = random();
  if (roll < 0.3) return '$K1';
  if (roll < 0.55) return pick(ids);
  return value(2);
}

/**
 * A server-action body. Well-formed bodies (a React multipart envelope, or a JSON array of
 * arguments) carry arguments of any type in any place — a string where a form belongs, an object
 * where a bound id belongs, a form where the previous state belongs — and go to any action; every
 * action answers with its own state, a redirect or a 404 (lib/actions). Every other body must be
 * refused by proxy.ts before any action runs, whichever action it names.
 */
function actionBody(): { contentType?: string; data: BodyInit } {
  const roll = random();
  if (roll < 0.4) return { data: envelope(Array.from({ length: Math.floor(random() * 5) }, argument)) };
  if (roll < 0.6)
    return {
      contentType: 'text/plain;charset=UTF-8',
      data: JSON.stringify(Array.from({ length: Math.floor(random() * 5) }, () => value(2))),
    };
  const notAnArray = JSON.stringify(value());
  return {
    contentType: pick(['text/plain;charset=UTF-8', 'application/json', 'multipart/form-data; boundary=x']),
    data: pick(['not json', '[', '{}', '"x"', '', '{"a":[', notAnArray.startsWith('[') ? '{}' : notAnArray]),
  };
}

/**
 * Argument lists of the wrong types, sent to every action on top of the random payloads, so each
 * action meets each mistake at least once: nothing, a string or an object where the form belongs,
 * a form or a number where a bound id belongs, the form one place too early or too late.
 */
const WRONG_TYPES: unknown[][] = [
  [],
  ['name=x'],
  [{ name: 'x', classId: 'x' }],
  [null, 'name=x'],
  [null, { name: 'x' }],
  ['$K1'],
  [null, '$K1'],
  [42, null, '$K1'],
  [{ id: 'x' }, null, '$K1'],
  ['x', 'y', '$K1'],
  ['x', 'y', null, { body: 'x' }],
  [null, null, null, null, null],
];

/** Every TypeScript file below a folder, as a path from the project root. */
function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** POST routes under app/api (next-auth's own excepted), with their dynamic segments. */
function jsonRoutes(): string[] {
  return sourceFiles(path.join('app', 'api'))
    .filter(
      (file) =>
        path.basename(file) === 'route.ts' &&
        /export (async )?function (POST|PUT|PATCH|DELETE)\b/.test(fs.readFileSync(file, 'utf8')),
    )
    .map((file) => '/' + path.relative('app', path.dirname(file)).split(path.sep).join('/'))
    .filter((route) => !route.startsWith('/api/auth'));
}

/** Every export of every `'use server'` file under app/ (found on disk, so actions added later are covered). */
function serverActionNames(): string[] {
  return sourceFiles('app')
    .map((file) => fs.readFileSync(file, 'utf8'))
    .filter((source) => source.startsWith("'use server'"))
    .flatMap((source) =>
      [...source.matchAll(/^export (?:const|async function) (\w+)/gm)].map((m) => m[1] ?? ''),
    );
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

type Action = { id: string; page: string };

function actionRequest(
  action: Action,
  cookie: string,
  { contentType, data }: { contentType?: string; data: BodyInit },
) {
  const url = action.page.replace(/\[[^\]]+\]/g, () => encodeURIComponent(pick(ids)));
  const init: RequestInit = {
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
  return { url, init };
}

describe(`fuzz (seed ${SEED}, ${PAYLOADS} payloads)`, () => {
  it('never answers 500 on any JSON route or server action', async () => {
    const routes = jsonRoutes();
    const built = actionIds();
    // Every server action in app/ is in the build, so every one is fuzzed below.
    const names = serverActionNames();
    expect(names.length).toBeGreaterThanOrEqual(22);
    expect(names.filter((name) => !built.has(name))).toEqual([]);
    // Signing out everywhere reads none of its arguments and would only end the fuzzing sessions.
    const actions = names
      .filter((name) => name !== 'signOutEverywhereAction')
      .map((name) => built.get(name)!);
    expect(routes.length).toBeGreaterThanOrEqual(6);
    const requests: { url: string; init: RequestInit }[] = [];
    for (let i = 0; i < PAYLOADS; i++) {
      const cookie = pick(cookies);
      if (i % 2 === 0) {
        const { contentType, data } = body();
        requests.push({
          url: pick(routes).replace(/\[[^\]]+\]/g, () => encodeURIComponent(pick(ids))),
          init: {
            method: 'POST',
            headers: { 'content-type': contentType, cookie, ...sameOrigin() },
            body: data,
          },
        });
      } else requests.push(actionRequest(pick(actions), cookie, actionBody()));
    }
    // Each action meets each wrong argument list, as a multipart envelope and (without a form) as JSON.
    for (const action of actions)
      for (const args of WRONG_TYPES) {
        requests.push(actionRequest(action, pick(cookies), { data: envelope(args) }));
        if (!args.includes('$K1'))
          requests.push(
            actionRequest(action, pick(cookies), {
              contentType: 'text/plain;charset=UTF-8',
              data: JSON.stringify(args),
            }),
          );
      }
    expect(requests.length).toBeGreaterThanOrEqual(PAYLOADS + actions.length * WRONG_TYPES.length);
    const failures: string[] = [];
    for (const [i, { url, init }] of requests.entries()) {
      const res = await fetch(`${baseURL()}${url}`, { ...init, redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status >= 500)
        failures.push(`${i}: ${init.method} ${url} ${String(init.body).slice(0, 80)} → ${res.status}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});

// The fuzz spends the address's join and sign-up allowances; later files start from none spent.
afterAll(async () => {
  await serverDb().signInLimit.deleteMany({});
});
