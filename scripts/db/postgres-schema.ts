import fs from 'node:fs';
import path from 'node:path';

const HEADER = '// GENERATED from prisma/schema.prisma by scripts/db/postgres-schema.ts. Do not edit.\n';

/** The PostgreSQL variant of the one schema: same models, other provider and client output. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgres"');
  if (replaced.includes('"sqlite"') || !replaced.includes('lib/generated/postgres'))
    throw new Error(
      'prisma/schema.prisma: could not derive the PostgreSQL schema (provider or output line changed)',
    );
  return HEADER + replaced;
}

export function writePostgresSchema(root = process.cwd()): void {
  const source = fs.readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');
  const target = path.join(root, 'prisma/postgres/schema.prisma');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const next = postgresSchemaFrom(source);
  if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== next) fs.writeFileSync(target, next);
}
