import 'server-only';
import { databaseKind } from '@/lib/database-url';
import { getEnv } from '@/lib/env';
import type { RealtimeBus } from './bus';
import { createMemoryBus } from './memory-bus';
import { createPgBus } from './pg-bus';

const globalForBus = globalThis as unknown as { openDoorBus?: RealtimeBus; openDoorTopicWatch?: unknown };

/** This server's bus: LISTEN/NOTIFY on PostgreSQL (many servers), in process on SQLite (one server). */
export function realtimeBus(): RealtimeBus {
  if (!globalForBus.openDoorBus) {
    const url = getEnv().DATABASE_URL;
    globalForBus.openDoorBus = databaseKind(url) === 'sqlite' ? createMemoryBus() : createPgBus(url);
  }
  return globalForBus.openDoorBus;
}

/** Integration tests point the data layer at their own bus (as with setDatabaseClient). */
export function setRealtimeBus(bus: RealtimeBus): void {
  globalForBus.openDoorBus = bus;
  // The topic watcher is bound to the bus it was made with; the next caller makes a fresh one.
  globalForBus.openDoorTopicWatch = undefined;
}
