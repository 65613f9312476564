import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/databases';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('sqlite');
});
afterAll(() => t?.drop());

it('opens SQLite in WAL mode with busy_timeout 5000, foreign keys on and synchronous FULL', async () => {
  const read = async (pragma: string) => {
    const rows = await t.db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`);
    return String(Object.values(rows[0] ?? {})[0]);
  };
  expect(await read('journal_mode')).toBe('wal');
  expect(Number(await read('busy_timeout'))).toBeGreaterThanOrEqual(5000);
  expect(await read('foreign_keys')).toBe('1');
  expect(await read('synchronous')).toBe('2');
});
