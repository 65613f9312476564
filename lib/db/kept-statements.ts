import type Database from 'better-sqlite3';

type TStatement = Database.Statement<unknown[]>;

/** At most this many SQL texts are kept per connection; past it the set starts again (IN lists vary). */
const MAX_KEPT = 1_000;

/**
 * Prisma's better-sqlite3 adapter prepares every query's statement anew: `prepare` was 6 % of the
 * server's CPU under a class answering at once. A SQLite statement can be run again with new values,
 * so each SQL text is prepared once per connection and kept. The adapter (7.10.0) uses a statement
 * only as `prepare(sql).run()` or `prepare(sql).bind(args)` followed by `run()`, or `reader`,
 * `columns()` and `raw().all()`; a bound view gives it exactly that over the kept statement, with
 * the values passed at each run instead of bound for good (a bound statement cannot be re-bound).
 * better-sqlite3 is synchronous, so no two runs of one statement ever overlap.
 */
export function keepPreparedStatements(client: Database.Database): void {
  const prepareAnew = client.prepare.bind(client);
  const kept = new Map<string, TStatement>();
  const prepare = (sql: string) => {
    let statement = kept.get(sql);
    if (!statement) {
      statement = prepareAnew(sql) as TStatement;
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(sql, statement);
    }
    return reusable(statement);
  };
  client.prepare = prepare as unknown as typeof client.prepare;
}

function reusable(statement: TStatement) {
  return {
    reader: statement.reader,
    run: () => statement.run(),
    bind: (args: unknown[]) => ({
      reader: statement.reader,
      run: () => statement.run(args),
      columns: () => statement.columns(),
      raw: () => ({ all: () => statement.raw(true).all(args) }),
    }),
  };
}
