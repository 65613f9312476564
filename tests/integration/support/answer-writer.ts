// A child process for the durability test: commits practice answers through the data layer as fast
// as it can, several pupils at once, and prints `ACK <attemptId> <questionId>` only after each
// answer was acknowledged (submitAnswer returned ok, i.e. its transaction committed). Right after the
// <killAfter>-th acknowledgement it sends itself SIGKILL, synchronously, while the other pupils'
// answers are in flight: an answer acknowledged before its commit would be lost right there.
// Run with: tsx --conditions=react-server answer-writer.ts <databaseUrl> <tag> <killAfter>
import { createPrismaClient } from '@/lib/db/client';
// Aliased: the hooks lint rule reads any use* call as a React hook.
import { setDatabaseClient as pointDataLayerAt } from '@/lib/db';
import { loadContent } from '@/lib/content/load';
import { submitAnswer } from '@/lib/dal/attempt-answer';
import { startAttempt } from '@/lib/dal/attempt-entry';
import type { SessionUser } from '@/lib/dal/users';
import { rightAnswer } from './right-answer';

const PUPILS = 8;
const [databaseUrl, tag, killAfterText] = process.argv.slice(2);
const killAfter = Number(killAfterText);
if (!databaseUrl || !tag || !(killAfter > 0))
  throw new Error('usage: answer-writer <databaseUrl> <tag> <killAfter>');
let acknowledged = 0;

const db = createPrismaClient(databaseUrl);
pointDataLayerAt(db);

async function pupil(n: number): Promise<void> {
  const row = await db.user.create({
    data: {
      displayName: `Writer ${tag}-${n}`,
      username: `writer-${tag}-${n}`,
      passwordHash: 'x',
      role: 'STUDENT',
    },
  });
  const student: SessionUser = { ...row, role: 'STUDENT', mustChangePassword: false };
  for (const m of loadContent().modules) {
    const started = await startAttempt(student, { slug: m.id, mode: 'practice', assignmentId: null });
    if (!started.ok) throw new Error(started.reason);
    let seq = 0;
    for (const q of m.questions) {
      const result = await submitAnswer(student, started.value.attemptId, {
        questionId: q.id,
        seq,
        response: rightAnswer(q),
        confidence: 'sure',
      });
      if (!result.ok) throw new Error(result.reason);
      seq = result.value.seq;
      // Writes to a pipe are synchronous in Node on Linux: the line is out before the kill.
      process.stdout.write(`ACK ${started.value.attemptId} ${q.id}\n`);
      if (++acknowledged === killAfter) process.kill(process.pid, 'SIGKILL');
    }
  }
}

process.stdout.write('READY\n');
await Promise.all(Array.from({ length: PUPILS }, (_, n) => pupil(n)));
process.stdout.write('DONE\n');
