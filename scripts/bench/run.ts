// `npm run bench`: what a school does, against the production build with demo data, on loopback.
// Prints one JSON document: the figures of every scenario, and a pass/fail per budget (ratios to a
// JSON ping and a static asset measured in the same run, since absolute numbers drift with the
// machine). Bounded: every phase has a fixed duration. Flags (defaults in brackets):
//   --pupils N [300]  --seconds S [45]  --warmup-seconds S [10] (the same load first, reported apart)
//   --interval-ms MS [3000]  --peak-seconds S [10]
//   --page-seconds S [5]  --connections N [50]  --storm N [30]  --only a,b (scenario names)
//   --postgres URL (a PostgreSQL server: a fresh database on it)  --replicas N [1] (PostgreSQL)
//   --cpu-prof DIR (each app server writes a CPU profile there on exit)
//   live lesson: --live-students N [300] (one lesson)  --live-sessions N [10] --live-per-session N [30]
//   --live-rounds N [3] (Reveal + Next each)  --live-answer-seconds S [10]
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveBuild } from '../lib/serve-build';
import { prepareWorld } from './fixtures';
import { SCENARIOS, type TBenchContext } from './scenarios';

const { values } = parseArgs({
  options: {
    pupils: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '45' },
    'warmup-seconds': { type: 'string', default: '10' },
    'interval-ms': { type: 'string', default: '3000' },
    'peak-seconds': { type: 'string', default: '10' },
    'page-seconds': { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    storm: { type: 'string', default: '30' },
    only: { type: 'string' },
    postgres: { type: 'string' },
    replicas: { type: 'string', default: '1' },
    'cpu-prof': { type: 'string' },
    'live-students': { type: 'string', default: '300' },
    'live-sessions': { type: 'string', default: '10' },
    'live-per-session': { type: 'string', default: '30' },
    'live-rounds': { type: 'string', default: '3' },
    'live-answer-seconds': { type: 'string', default: '10' },
  },
});

const count = (name: keyof typeof values, min: number, max: number): number => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be an integer ${min}–${max}`);
  return n;
};

const flags = {
  pupils: count('pupils', 1, 5000),
  seconds: count('seconds', 1, 600),
  warmupSeconds: count('warmup-seconds', 0, 120),
  intervalMs: count('interval-ms', 100, 60_000),
  peakSeconds: count('peak-seconds', 1, 120),
  pageSeconds: count('page-seconds', 1, 60),
  connections: count('connections', 1, 500),
  stormPupils: count('storm', 1, 300), // successful sign-ins give the per-address allowance back
  liveStudents: count('live-students', 1, 2000),
  liveSessions: count('live-sessions', 1, 50),
  livePerSession: count('live-per-session', 1, 200),
  liveRounds: count('live-rounds', 1, 5), // the module has six single-choice questions: rounds + the answered one
  liveAnswerSeconds: count('live-answer-seconds', 1, 60),
};
const only = values.only?.split(',').map((s) => s.trim());
const chosen = SCENARIOS.filter((s) => s.name === 'baselines' || !only || only.includes(s.name));
const profileDir = values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined;

const served = await serveBuild({
  postgresServerUrl: values.postgres,
  replicas: count('replicas', 1, 8),
  nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
});
const world = await prepareWorld(served.databaseUrl, served.secret);
const ctx: TBenchContext = {
  served,
  world,
  flags,
  report: {},
  budgets: [],
  baseline: { pingReqPerSec: 0, staticReqPerSec: 0 },
};
try {
  for (const scenario of chosen)
    await scenario.run(ctx).catch((err: unknown) => {
      // One broken scenario fails the run but does not hide the others' figures.
      ctx.budgets.push({ name: `${scenario.name} ran`, value: 0, target: 'no error', pass: false });
      ctx.report[`${scenario.name}Error`] = String(err);
    });
} finally {
  await world.close();
  await served.stop();
}
console.log(
  JSON.stringify(
    {
      database: values.postgres ? 'postgresql' : 'sqlite',
      servers: served.baseURLs.length,
      flags,
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) },
      ...ctx.report,
      bigClassId: undefined,
      budgets: ctx.budgets,
      pass: ctx.budgets.every((b) => b.pass),
    },
    null,
    2,
  ),
);
