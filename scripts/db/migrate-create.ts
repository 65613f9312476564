// Creates a new migration from a change to prisma/schema.prisma, for SQLite and PostgreSQL alike:
// replays the existing migrations on a shadow database and asks Prisma's schema engine for the SQL
// that reaches the schema. Usage: npm run db:migrate:create -- --name add_reflections
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writePostgresSchema } from './postgres-schema';
import { diffMigrationsToSchema, openEngine, pathsFor, type Provider } from './schema-engine';

const { values } = parseArgs({ options: { name: { type: 'string' }, 'postgres-url': { type: 'string' } } });
const name = (values.name ?? '').trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error(
    'Give the migration a name in snake_case: npm run db:migrate:create -- --name add_reflections',
  );
  process.exit(2);
}
// The PostgreSQL engine needs a server to create its shadow database on; nothing is written to it.
const postgresUrl =
  values['postgres-url'] ?? process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

writePostgresSchema();
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const plans: { provider: Provider; url: string }[] = [
  {
    provider: 'sqlite',
    url: `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'od-migrate-')), 'main.db')}`,
  },
  { provider: 'postgres', url: postgresUrl },
];

for (const { provider, url } of plans) {
  const paths = pathsFor(provider);
  const engine = await openEngine(url, paths.schemaPath);
  try {
    const sql = await diffMigrationsToSchema(engine, provider, paths);
    if (!sql) {
      console.log(`${provider}: schema and migrations already agree; nothing to create.`);
      continue;
    }
    const dir = path.join(paths.migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'migration.sql'), sql + '\n');
    const lock = provider === 'sqlite' ? 'sqlite' : 'postgresql';
    fs.writeFileSync(path.join(paths.migrationsDir, 'migration_lock.toml'), `provider = "${lock}"\n`);
    console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  } finally {
    await engine.close();
  }
}
