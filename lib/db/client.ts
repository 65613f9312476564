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

/**
 * Interactive transactions wait up to maxWait for a connection (PostgreSQL's pool) or the writer
 * (SQLite) before failing with P2028. Prisma's 2 s default turned a class-sized burst of answers
 * into 500s; the answer path's transactions are short, so waiting longer is the right trade.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

export function createPrismaClient(databaseUrl: string): Db {
  if (databaseKind(databaseUrl) === 'sqlite')
    return new SqliteClient({
      adapter: sqliteAdapter(databaseUrl),
      transactionOptions: TRANSACTION_OPTIONS,
    });
  const client = new PostgresClient({
    adapter: new PrismaPg(pgPoolConfig(databaseUrl)),
    transactionOptions: TRANSACTION_OPTIONS,
  });
  return client as unknown as Db;
}
