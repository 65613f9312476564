import { databaseKind } from '../../lib/database-url';
import {
  diffMigrationsToSchema,
  FILTERS,
  openEngine,
  pathsFor,
  readMigrations,
  readSchemaFiles,
  type Engine,
} from './schema-engine';

async function withEngine<T>(
  url: string,
  work: (engine: Engine, kind: ReturnType<typeof databaseKind>) => Promise<T>,
) {
  const kind = databaseKind(url);
  const engine = await openEngine(url, pathsFor(kind).schemaPath);
  try {
    return await work(engine, kind);
  } finally {
    await engine.close();
  }
}

/** Applies pending migrations, recorded in Prisma's standard _prisma_migrations table. */
export function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine, kind) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrations(pathsFor(kind).migrationsDir, kind),
      filters: FILTERS,
    });
    return appliedMigrationNames;
  });
}

/** Empties the database (tables and migration history), then applies every migration. */
export async function resetDatabase(url: string): Promise<void> {
  await withEngine(url, (engine) => engine.reset({ filter: FILTERS }));
  await applyMigrations(url);
}

/** SQL still needed to go from the live database to schema.prisma; '' when they agree. */
export function diffDatabaseToSchema(url: string): Promise<string> {
  return withEngine(url, async (engine, kind) => {
    const paths = pathsFor(kind);
    const result = await engine.diff({
      // schemaDatasource = the live database the engine is connected to through the adapter.
      from: { tag: 'schemaDatasource', ...readSchemaFiles(paths.schemaPath), configDir: process.cwd() },
      to: { tag: 'schemaDatamodel', ...readSchemaFiles(paths.schemaPath) },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    const sql = (result.stdout ?? '').trim();
    return sql.includes('empty migration') ? '' : sql;
  });
}

export { diffMigrationsToSchema };
