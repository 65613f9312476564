import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/databases';

/**
 * The durability promise for SQLite (WAL, synchronous as in lib/db/sqlite.ts): an answer the app
 * acknowledged is in the database after the process dies at any moment. A writer process commits
 * answers under load and is killed with SIGKILL several times; afterwards every acknowledged answer
 * must be stored.
 */

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase('sqlite');
});
afterAll(() => t?.drop());

const KILLS = 3;

/** Runs the writer, which kills itself (SIGKILL) right after acknowledging `minAcks` + a random extra answers. */
function writeThenKill(tag: string, minAcks: number): Promise<{ acks: string[]; exit: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        // tsx as a loader in this one process (its CLI would add a parent that reports the kill as exit code 137).
        '--import',
        'tsx',
        '--conditions=react-server',
        'tests/integration/support/answer-writer.ts',
        t.url,
        tag,
        String(minAcks + Math.floor(Math.random() * 20)),
      ],
      { env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const acks: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ACK ')) acks.push(line.slice(4));
    });
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended (${code}) before it was killed:\n${stderr}`));
      else resolve({ acks, exit: signal });
    });
  });
}

it(`every acknowledged answer survives kill -9 of the writing process (${KILLS} times)`, async () => {
  const acknowledged: string[] = [];
  for (let i = 0; i < KILLS; i++) {
    const run = await writeThenKill(`k${i}`, 30);
    expect(run.exit).toBe('SIGKILL');
    acknowledged.push(...run.acks);
  }
  const stored = await t.db.quizResponse.findMany({ select: { attemptId: true, questionId: true } });
  const storedKeys = new Set(stored.map((r) => `${r.attemptId} ${r.questionId}`));
  const missing = acknowledged.filter((key) => !storedKeys.has(key));
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILLS * 30);
  expect(missing).toEqual([]);
  // The database is consistent after the kills: no half-written transaction is visible.
  const check = await t.db.$queryRawUnsafe<{ integrity_check: string }[]>('PRAGMA integrity_check');
  expect(check[0]?.integrity_check).toBe('ok');
}, 180_000);
