import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { sqliteFilePath } from '../database-url';
import { keepPreparedStatements } from './kept-statements';

/**
 * Pragmas every SQLite connection opens with. WAL lets readers and one writer work at once;
 * synchronous=FULL and WAL together avoid losing acknowledged writes after a busy COMMIT
 * (prisma/orm#29933); busy_timeout makes a second writer wait instead of failing at once.
 */
export const SQLITE_PRAGMAS = {
  journal_mode: 'wal',
  busy_timeout: 5000,
  foreign_keys: 1,
  synchronous: 2, // FULL
} as const;

type Factory = PrismaBetterSqlite3;

/** A better-sqlite3 adapter factory whose every connection applies SQLITE_PRAGMAS first and keeps its prepared statements. */
export function sqliteAdapter(databaseUrl: string): Factory {
  const base = new PrismaBetterSqlite3({
    url: sqliteFilePath(databaseUrl),
    timeout: SQLITE_PRAGMAS.busy_timeout,
  });
  const script = Object.entries(SQLITE_PRAGMAS)
    .map(([name, value]) => `PRAGMA ${name} = ${value};`)
    .join('\n');
  const connect = base.connect.bind(base);
  return Object.assign(base, {
    connect: async () => {
      const adapter = await connect();
      await adapter.executeScript(script);
      // The adapter's connection (not part of its typed API; pinned version, covered by every integration test).
      keepPreparedStatements(
        (adapter as unknown as { client: Parameters<typeof keepPreparedStatements>[0] }).client,
      );
      return adapter;
    },
  });
}
