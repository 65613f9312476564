import 'server-only';
import { createPrismaClient, type Db } from './client';
import { getEnv } from '../env';

const globalForDb = globalThis as unknown as { openDoorDb?: Db };

/** The app's one database client (reused across hot reloads in development). */
export function db(): Db {
  globalForDb.openDoorDb ??= createPrismaClient(getEnv().DATABASE_URL);
  return globalForDb.openDoorDb;
}

/** Integration tests point the data layer at their own migrated database. */
export function setDatabaseClient(client: Db): void {
  globalForDb.openDoorDb = client;
}

export type { Db };
