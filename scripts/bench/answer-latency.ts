// Median latency of one answer submission through the data layer (the same code the route handler
// calls), against a fresh SQLite file: 100 sequential practice-mode commits, each with its grading,
// review scheduling and mastery refresh. Run: npx tsx --conditions=react-server scripts/bench/answer-latency.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyMigrations } from '@/scripts/db/migrations';
import { createPrismaClient } from '@/lib/db/client';
// Aliased: the hooks lint rule reads any use* call as a React hook.
import { setDatabaseClient as pointDataLayerAt } from '@/lib/db';
import { getModule } from '@/lib/content/load';
import { answerFor } from './answers';
import { submitAnswer } from '@/lib/dal/attempt-answer';
import { submitAttempt } from '@/lib/dal/attempt-close';
import { startAttempt } from '@/lib/dal/attempt-entry';
import type { SessionUser } from '@/lib/dal/users';

const RUNS = 100;
const SLUG = 'allied-politics';

const quantile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

async function main() {
  Object.assign(process.env, { NODE_ENV: 'production' }); // content is validated once, as on a real server
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'od-bench-'));
  const url = `file:${path.join(dir, 'bench.db')}`;
  await applyMigrations(url);
  const client = createPrismaClient(url);
  pointDataLayerAt(client);
  try {
    const row = await client.user.create({
      data: { displayName: 'Bench', username: 'bench', passwordHash: 'x', role: 'STUDENT' },
    });
    const student: SessionUser = {
      id: row.id,
      displayName: row.displayName,
      role: 'STUDENT',
      sessionVersion: 0,
      mustChangePassword: false,
    };
    const questions = getModule(SLUG)?.questions ?? [];
    const times: number[] = [];
    let attemptId = '';
    let seq = 0;
    let index = questions.length;
    for (let i = 0; i < RUNS; i++) {
      if (index === questions.length) {
        if (attemptId) await submitAttempt(student, attemptId, { seq });
        const started = await startAttempt(student, { slug: SLUG, mode: 'practice', assignmentId: null });
        if (!started.ok) throw new Error(started.reason);
        attemptId = started.value.attemptId;
        seq = 0;
        index = 0;
      }
      const q = questions[index];
      if (!q) throw new Error('no question');
      const t0 = performance.now();
      const result = await submitAnswer(student, attemptId, {
        questionId: q.id,
        seq,
        response: answerFor(q, i % 2 === 0),
        confidence: 'sure',
      });
      times.push(performance.now() - t0);
      if (!result.ok) throw new Error(result.reason);
      seq = result.value.seq;
      index += 1;
    }
    const sorted = [...times].sort((a, b) => a - b);
    const fmt = (x: number) => `${x.toFixed(2)} ms`;
    console.log(
      JSON.stringify({
        submissions: RUNS,
        median: fmt(quantile(sorted, 0.5)),
        p90: fmt(quantile(sorted, 0.9)),
        p99: fmt(quantile(sorted, 0.99)),
        max: fmt(sorted.at(-1) ?? NaN),
      }),
    );
  } finally {
    await client.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
