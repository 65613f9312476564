import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { applyMigrations } from '@/scripts/db/migrations';
import { createPrismaClient, type Db } from '@/lib/db/client';

export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  url: string;
  db: Db;
  drop(): Promise<void>;
}

/** The databases every integration suite runs against: SQLite always, PostgreSQL when configured. */
export function databaseKinds(): ('sqlite' | 'postgres')[] {
  return process.env.TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A fresh, migrated database of the given kind (a temp SQLite file, or a new PostgreSQL database). */
export async function createTestDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'od-test-'));
    const url = `file:${path.join(dir, 'test.db')}`;
    return migratedDatabase(kind, url, () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error('TEST_POSTGRES_URL is not set');
  const name = `od_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return migratedDatabase(kind, databaseUrlWithName(serverUrl, name), () =>
    withAdmin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  );
}

async function migratedDatabase(
  kind: TestDatabase['kind'],
  url: string,
  remove: () => unknown,
): Promise<TestDatabase> {
  await applyMigrations(url);
  const db = createPrismaClient(url);
  return {
    kind,
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await remove();
    },
  };
}

function databaseUrlWithName(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withAdmin<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
