// Live lesson bench on its own (loopback, bounded); `npm run bench -- --only live` runs the same
// measurement with the other scenarios' server and report.
// Usage: npx tsx scripts/bench/live.ts --students 300 [--sessions 1] [--rounds 5] [--answer-seconds 10]
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../../lib/db/client';
import { serveBuild } from '../lib/serve-build';
import { measureLiveLesson } from './live/live-lesson';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '300' },
    sessions: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '5' },
    'answer-seconds': { type: 'string', default: '10' },
  },
});

const served = await serveBuild();
const db = createPrismaClient(served.databaseUrl);
try {
  const figures = await measureLiveLesson(served, db, {
    students: Number(values.students),
    sessions: Number(values.sessions),
    rounds: Number(values.rounds),
    answerSeconds: Number(values['answer-seconds']),
  });
  console.log(JSON.stringify({ database: 'sqlite', ...figures }, null, 2));
} finally {
  await db.$disconnect();
  await served.stop();
}
