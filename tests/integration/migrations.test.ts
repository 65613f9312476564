import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffDatabaseToSchema, diffMigrationsToSchema } from '@/scripts/db/migrations';
import { openEngine, pathsFor } from '@/scripts/db/schema-engine';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';

describe.each(databaseKinds())('migrations on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t?.drop());

  it('replaying the migrations yields exactly what schema.prisma describes', async () => {
    const engine = await openEngine(t.url, pathsFor(kind).schemaPath);
    try {
      expect(await diffMigrationsToSchema(engine, kind, pathsFor(kind))).toBe('');
    } finally {
      await engine.close();
    }
  });

  it('a migrated database has no difference from schema.prisma', async () => {
    expect(await diffDatabaseToSchema(t.url)).toBe('');
  });

  it('records applied migrations in the standard _prisma_migrations table', async () => {
    const rows = await t.db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL',
    );
    expect(rows.map((r) => r.migration_name)).toContain('20261127191845_init');
  });
});
