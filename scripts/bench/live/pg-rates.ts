// NOTIFY and commit rates on PostgreSQL during a phase of the live bench: a listener on the app's
// realtime channel counts every NOTIFY the servers send; pg_stat_database counts the commits.
import pg from 'pg';

const CHANNEL = 'open_door_realtime';

export type TPgRates = { seconds: number; notifies: number; notifyPerSec: number; commitPerSec: number };
export type TPgMeter = {
  phase<T>(run: () => Promise<T>): Promise<{ result: T; rates: TPgRates }>;
  close(): Promise<void>;
};

export async function openPgMeter(databaseUrl: string): Promise<TPgMeter> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'open-door-bench' });
  await client.connect();
  let notifies = 0;
  client.on('notification', (n) => {
    if (n.channel === CHANNEL) notifies += 1;
  });
  await client.query(`LISTEN ${CHANNEL}`);
  const commits = async () => {
    // Backends flush their counters at most once a second; wait, then read a fresh snapshot.
    await new Promise((r) => setTimeout(r, 1100));
    await client.query('SELECT pg_stat_clear_snapshot()');
    const row = await client.query<{ n: string }>(
      'SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()',
    );
    return Number(row.rows[0]?.n ?? 0);
  };
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    async phase(run) {
      const commitsBefore = await commits();
      notifies = 0;
      const t0 = performance.now();
      const result = await run();
      const seconds = (performance.now() - t0) / 1000;
      const seen = notifies;
      // The meter's own snapshot reads are commits too (two per phase); leave them out.
      const committed = (await commits()) - commitsBefore - 2;
      return {
        result,
        rates: {
          seconds: round(seconds),
          notifies: seen,
          notifyPerSec: round(seen / seconds),
          commitPerSec: round(committed / seconds),
        },
      };
    },
    close: () => client.end(),
  };
}
