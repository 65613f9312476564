// Generates the Prisma clients (SQLite and PostgreSQL) without network access.
// prisma/postgres/schema.prisma is derived from prisma/schema.prisma so the two never drift.
import { writePostgresSchema } from './postgres-schema';
import { runPrismaCli } from './prisma-cli';

writePostgresSchema();
runPrismaCli(['generate', '--schema', 'prisma/schema.prisma']);
runPrismaCli(['generate', '--schema', 'prisma/postgres/schema.prisma']);
