// The scenarios `npm run bench` runs, in order. Each measures one thing a school does and adds its
// figures and budgets to the report. Another scenario plugs in by adding an object with a name and a
// run function to SCENARIOS.
import { performance } from 'node:perf_hooks';
import type { ServedBuild } from '../lib/serve-build';
import { generateBigClass } from './big-class';
import { DEMO_PASSWORD, type TBenchWorld } from './fixtures';
import { answersBackToBack, classOpenLoop, closedLoop, latencyOf, pollWhile } from './measure';
import { signInCookie } from './session';
import { measureLiveLesson, type TLiveFigures } from './live/live-lesson';
import { pairDifferingAnswers } from '@/lib/live/pairing';

export type TBenchFlags = {
  pupils: number;
  seconds: number;
  /** The class load runs this long before the measured `seconds`; its figures are reported apart. */
  warmupSeconds: number;
  intervalMs: number;
  peakSeconds: number;
  pageSeconds: number;
  connections: number;
  stormPupils: number;
  /** Live lesson: students on one lesson, then `liveSessions` lessons of `livePerSession`. */
  liveStudents: number;
  liveSessions: number;
  livePerSession: number;
  liveRounds: number;
  liveAnswerSeconds: number;
};

export type TBudget = { name: string; value: number; target: string; pass: boolean };

export type TBenchContext = {
  served: ServedBuild;
  world: TBenchWorld;
  flags: TBenchFlags;
  /** Figures by scenario name. */
  report: Record<string, unknown>;
  budgets: TBudget[];
  /** The JSON ping and static asset measured at the start of the run, the baselines for every ratio. */
  baseline: { pingReqPerSec: number; staticReqPerSec: number };
};

export type TBenchScenario = { name: string; run(ctx: TBenchContext): Promise<void> };

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : 0);
const atLeast = (name: string, value: number, min: number): TBudget => ({
  name,
  value,
  target: `≥ ${min}`,
  pass: value >= min,
});
const atMost = (name: string, value: number, max: number): TBudget => ({
  name,
  value,
  target: `≤ ${max}`,
  pass: value <= max,
});

/** A static file of the build, found in the landing page's HTML (a CSS or JS chunk). */
async function staticAssetUrl(baseURL: string): Promise<string> {
  const html = await (await fetch(`${baseURL}/`)).text();
  const asset = /\/_next\/static\/[^"']+\.(?:css|js)/.exec(html)?.[0];
  if (!asset) throw new Error('no static asset linked from the landing page');
  return baseURL + asset;
}

const baselines: TBenchScenario = {
  name: 'baselines',
  async run(ctx) {
    const { connections, pageSeconds } = ctx.flags;
    const base = ctx.served.baseURL;
    const ping = await closedLoop(`${base}/api/health`, { connections, seconds: pageSeconds });
    const asset = await closedLoop(await staticAssetUrl(base), { connections, seconds: pageSeconds });
    ctx.baseline = { pingReqPerSec: ping.reqPerSec, staticReqPerSec: asset.reqPerSec };
    ctx.report.baselines = { jsonPing: ping, staticAsset: asset };
  },
};

async function landingPath(base: string, path: string, cookie?: string): Promise<string> {
  const res = await fetch(base + path, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  await res.arrayBuffer();
  const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
  if (!location) return path;
  const target = new URL(location, base);
  return target.pathname + target.search;
}

const pages: TBenchScenario = {
  name: 'pages',
  async run(ctx) {
    const { connections, pageSeconds } = ctx.flags;
    const { world } = ctx;
    const base = ctx.served.baseURL;
    const bigClassId = await generateBigClass(ctx.served.databaseUrl);
    const targets: { name: string; path: string; cookie?: string; public?: boolean }[] = [
      { name: 'landing', path: '/', public: true },
      { name: 'modules', path: '/modules', public: true },
      { name: 'briefing', path: '/modules/allied-politics', public: true },
      { name: 'glossary', path: '/glossary', public: true },
      { name: 'scenarios', path: '/scenarios', public: true },
      { name: 'studentHome', path: '/student', cookie: world.demoCookie },
      { name: 'quizPage', path: '/modules/escalation/quiz', cookie: world.demoCookie },
      { name: 'resultsPage', path: world.demoResultsPath, cookie: world.demoCookie },
      {
        name: 'teacherBoard35x10',
        path: `/teacher/classes/${bigClassId}/board`,
        cookie: world.teacherCookie,
      },
    ];
    const figures: Record<string, unknown> = {};
    for (const t of targets) {
      // Measure the page a pupil lands on (the quiz page sends a pupil with an open assignment on to
      // it), warmed by one request so a cold first render is not counted against a short window.
      t.path = await landingPath(base, t.path, t.cookie);
      const r = await closedLoop(base + t.path, {
        connections,
        seconds: pageSeconds,
        headers: t.cookie ? { cookie: t.cookie } : {},
      });
      const toPing = ratio(r.reqPerSec, ctx.baseline.pingReqPerSec);
      const toStatic = ratio(r.reqPerSec, ctx.baseline.staticReqPerSec);
      figures[t.name] = { ...r, toPing, toStatic };
      if (t.public) ctx.budgets.push(atLeast(`${t.name} ÷ static asset`, toStatic, 0.8));
      if (t.name === 'studentHome' || t.name === 'quizPage')
        ctx.budgets.push(atLeast(`${t.name} ÷ JSON ping`, toPing, 0.5));
      if (r.errors > 0) ctx.budgets.push(atMost(`${t.name} errors`, r.errors, 0));
    }
    ctx.report.pages = figures;
    ctx.report.bigClassId = bigClassId;
  },
};

/** The class answering, open loop, while the teacher's board refreshes every second (on the last server). */
const classWithBoard: TBenchScenario = {
  name: 'class',
  async run(ctx) {
    const { world, flags } = ctx;
    const urls = ctx.served.baseURLs;
    const pupils = await world.newPupils(flags.pupils, { modules: 2, assignment: true });
    const bigClassId =
      (ctx.report.bigClassId as string | undefined) ?? (await generateBigClass(ctx.served.databaseUrl));
    const boardBase = urls.at(-1) ?? ctx.served.baseURL;
    const before = await world.db.quizResponse.count();
    const running = classOpenLoop(urls, pupils, {
      seconds: flags.seconds,
      intervalMs: flags.intervalMs,
      warmupSeconds: flags.warmupSeconds,
    });
    const board = pollWhile(
      `${boardBase}/api/teacher/classes/${bigClassId}/board`,
      { cookie: world.teacherCookie },
      1000,
      running,
    );
    const result = await running;
    const boardLatency = await board;
    const stored = (await world.db.quizResponse.count()) - before;
    // The teacher's board, read from the last server, shows every pupil's work written through the others.
    const ownBoard = (await (
      await fetch(`${boardBase}/api/teacher/classes/${world.classId}/board`, {
        headers: { cookie: world.teacherCookie },
      })
    ).json()) as { students: { cells: { attemptCount: number }[] }[] };
    const pupilsOnBoard = ownBoard.students.filter((r) => r.cells.some((c) => c.attemptCount > 0)).length;
    ctx.report.class = {
      ...result,
      servers: urls.length,
      storedAnswers: stored,
      pupilsOnBoard,
      boardUnderLoad: { ...boardLatency, board: '35 × 10', server: urls.length > 1 ? 'other' : 'same' },
    };
    ctx.budgets.push(atMost('class p99 ms', result.latency.p99Ms, 50));
    ctx.budgets.push(atMost('class errors', result.errors, 0));
    const acknowledged = result.acknowledged + result.warmup.answers;
    ctx.budgets.push(atLeast('class answers stored ÷ acknowledged', ratio(stored, acknowledged), 1));
    ctx.budgets.push(atLeast('pupils on the board ÷ pupils', ratio(pupilsOnBoard, pupils.length), 1));
    ctx.budgets.push(atMost('board (35 × 10) refresh p50 ms under load', boardLatency.p50Ms, 100));
  },
};

const peakAnswers: TBenchScenario = {
  name: 'peakAnswers',
  async run(ctx) {
    const { world, flags } = ctx;
    const pupils = await world.newPupils(flags.connections, { modules: 6, assignment: false });
    const peak = await answersBackToBack(ctx.served.baseURL, pupils, flags.peakSeconds);
    const toPing = ratio(peak.reqPerSec, ctx.baseline.pingReqPerSec);
    ctx.report.peakAnswers = { connections: pupils.length, ...peak, toPing };
    ctx.budgets.push(atLeast('peak answers ÷ JSON ping', toPing, 0.5));
    ctx.budgets.push(atMost('peak answer errors', peak.errors, 0));
  },
};

/** A class arriving: real sign-ins at once (password hashing included), each to a signed-in home page. */
const signInStorm: TBenchScenario = {
  name: 'signInStorm',
  async run(ctx) {
    const { world, flags } = ctx;
    const pupils = await world.newPupils(flags.stormPupils, { modules: 0, assignment: false });
    const base = ctx.served.baseURL;
    let failures = 0;
    const times = await Promise.all(
      pupils.map(async (p) => {
        const t0 = performance.now();
        try {
          const cookie = await signInCookie(base, p.username, DEMO_PASSWORD);
          const res = await fetch(`${base}/student`, { headers: { cookie }, redirect: 'manual' });
          await res.text();
          // 200 only when signed in: a visitor is redirected to the sign-in page.
          if (res.status !== 200) failures += 1;
        } catch {
          failures += 1;
        }
        return performance.now() - t0;
      }),
    );
    ctx.report.signInStorm = { pupils: pupils.length, failures, timeToHome: latencyOf(times) };
    ctx.budgets.push(atMost('sign-in storm failures', failures, 0));
  },
};

/**
 * Live lessons: one big lesson, then many classes at once. Reveal/Next → every connected student
 * has the event (p99 ≤ 500 ms), every student's answer within the window (p99 ≤ 100 ms), memory per
 * connected student, and on PostgreSQL the NOTIFY and commit rates.
 */
const live: TBenchScenario = {
  name: 'live',
  async run(ctx) {
    const { flags } = ctx;
    const shapes = [
      { name: 'oneLesson', students: flags.liveStudents, sessions: 1 },
      {
        name: 'manyLessons',
        students: flags.liveSessions * flags.livePerSession,
        sessions: flags.liveSessions,
      },
    ];
    const report: Record<string, TLiveFigures> = {};
    for (const shape of shapes) {
      const figures = await measureLiveLesson(ctx.served, ctx.world.db, {
        students: shape.students,
        sessions: shape.sessions,
        rounds: flags.liveRounds,
        answerSeconds: flags.liveAnswerSeconds,
      });
      report[shape.name] = figures;
      const label = `live ${figures.sessions} × ${figures.students / figures.sessions}`;
      ctx.budgets.push(
        atMost(`${label}: control → all students p99 ms`, figures.controlToAllStudents.p99Ms, 500),
      );
      ctx.budgets.push(atMost(`${label}: events missing`, figures.controlToAllStudents.missing, 0));
      ctx.budgets.push(atMost(`${label}: answer p99 ms`, figures.answers.p99Ms, 100));
      ctx.budgets.push(atMost(`${label}: answer errors`, figures.answers.errors, 0));
      ctx.budgets.push(
        atMost(`${label}: every phone wakes → current question p95 ms`, figures.wake.p95Ms, 3000),
      );
      ctx.budgets.push(atMost(`${label}: wake errors`, figures.wake.errors, 0));
      ctx.budgets.push(
        atLeast(`${label}: answers stored ÷ sent`, ratio(figures.answers.stored, figures.answers.sent), 1),
      );
    }
    const pairing = timePairing(flags.liveStudents);
    ctx.budgets.push(atMost(`live: pair ${flags.liveStudents} students ms`, pairing.ms, 1000));
    ctx.report.live = { ...report, pairing };
  },
};

/** The peer-instruction pairing of a whole lecture hall, four answers of uneven size (issue: under a second). */
function timePairing(students: number): { students: number; pairs: number; ms: number } {
  const keys = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'd'];
  const votes = Array.from({ length: students }, (_, i) => ({
    studentId: `pupil-${i}`,
    answerKey: keys[i % keys.length]!,
  }));
  const started = performance.now();
  const pairs = pairDifferingAnswers(votes);
  return { students, pairs: pairs.size, ms: Math.round((performance.now() - started) * 10) / 10 };
}

export const SCENARIOS: TBenchScenario[] = [baselines, pages, classWithBoard, peakAnswers, signInStorm, live];
