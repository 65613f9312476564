import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { keepPreparedStatements } from '@/lib/db/kept-statements';
import { createTestDatabase, type TestDatabase } from './support/databases';

it('prepares each SQL text once and runs it again with new values, as the adapter calls it', () => {
  const client = new Database(':memory:');
  let prepared = 0;
  const prepareAnew = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    prepared += 1;
    return prepareAnew(sql);
  }) as typeof client.prepare;
  keepPreparedStatements(client);
  client.exec('CREATE TABLE t (a INTEGER NOT NULL UNIQUE)');

  client.prepare('BEGIN').run();
  for (const a of [1, 2, 3]) client.prepare('INSERT INTO t (a) VALUES (?)').bind([a]).run();
  client.prepare('COMMIT').bind([]).run();
  expect(() => client.prepare('INSERT INTO t (a) VALUES (?)').bind([2]).run()).toThrow(/UNIQUE/);
  const select = () => client.prepare('SELECT a FROM t WHERE a > ? ORDER BY a').bind([1]);
  expect(select().reader).toBe(true);
  expect(
    select()
      .columns()
      .map((c) => c.name),
  ).toEqual(['a']);
  expect(select().raw().all()).toEqual([[2], [3]]);
  expect(client.prepare('SELECT a FROM t WHERE a > ? ORDER BY a').bind([2]).raw().all()).toEqual([[3]]);
  // BEGIN, INSERT, COMMIT, SELECT: four texts, each prepared once.
  expect(prepared).toBe(4);
  client.close();
});

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('sqlite');
});
afterAll(() => t?.drop());

it('gives Prisma the same rows and errors through kept statements, inside and outside transactions', async () => {
  const make = (n: number) =>
    t.db.user.create({
      data: { displayName: `Kept ${n}`, username: `kept-${n}`, passwordHash: 'x', role: 'STUDENT' },
      select: { username: true },
    });
  expect(await make(1)).toEqual({ username: 'kept-1' });
  const before = await t.db.user.count();
  const inside = await t.db.$transaction(async (tx) => [await make(2), await tx.user.count()]);
  expect(inside).toEqual([{ username: 'kept-2' }, before + 1]);
  await expect(make(1)).rejects.toThrow();
  // A transaction that fails part-way rolls back its write, and the kept statements work on after it.
  await expect(
    t.db.$transaction(async () => {
      await make(3);
      throw new Error('changed my mind');
    }),
  ).rejects.toThrow('changed my mind');
  const rows = await t.db.user.findMany({
    where: { username: { startsWith: 'kept-' } },
    orderBy: { username: 'asc' },
    select: { username: true },
  });
  expect(rows.map((r) => r.username)).toEqual(['kept-1', 'kept-2']);
});
