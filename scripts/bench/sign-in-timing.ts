// Does a failed sign-in take as long for an unknown account as for a wrong password?
// Run: npx tsx --conditions=react-server scripts/bench/sign-in-timing.ts  (median of 30 each, SQLite).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations } from '../db/migrations';
import { createPrismaClient } from '../../lib/db/client';
import { setDatabaseClient } from '../../lib/db';
import { authenticate } from '../../lib/auth/authenticate';
import { hashPassword } from '../../lib/dal/passwords';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'od-timing-'));
const url = `file:${path.join(dir, 't.db')}`;
await applyMigrations(url);
const db = createPrismaClient(url);
setDatabaseClient(db);
await db.user.create({
  data: {
    displayName: 'T',
    username: 'real-user',
    passwordHash: await hashPassword('right-password-1'),
    role: 'STUDENT',
  },
});

async function medianMs(identifier: string, runs = 30): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    // A new address each time keeps the per-IP limit out of the measurement.
    const r = await authenticate({ identifier, password: 'wrong-password-1' }, `10.9.${i}.1`);
    times.push(performance.now() - t0);
    if (r.ok) throw new Error('unexpected success');
    await db.signInLimit.deleteMany();
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(runs / 2)] ?? 0) * 10) / 10;
}

console.log(
  JSON.stringify({
    wrongPasswordMs: await medianMs('real-user'),
    unknownAccountMs: await medianMs('no-such-user'),
  }),
);
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
