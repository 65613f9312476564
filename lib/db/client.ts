import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../generated/postgres/client';
import { databaseKind } from '../database-url';
import { sqliteAdapter } from './sqlite';
import { pgPoolConfig } from './postgres';

/**
 * Both generated clients share one schema, so their query API is the same; the app types against the
 * SQLite one. PostgreSQL needs its own generated client because a client is bound to one provider.
 */
export type Db = SqliteClient;

export function createPrismaClient(databaseUrl: string): Db {
  if (databaseKind(databaseUrl) === 'sqlite')
    return new SqliteClient({ adapter: sqliteAdapter(databaseUrl) });
  const client = new PostgresClient({ adapter: new PrismaPg(pgPoolConfig(databaseUrl)) });
  return client as unknown as Db;
}
