// Load generators and statistics for `npm run bench`. Closed loop (autocannon, N connections back to
// back) for throughput; open loop (each pupil on its own clock) for latency at a given arrival rate.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { answerFor } from './answers';
import type { TBenchPupil } from './fixtures';
import { sessionCookieOf } from './session';

export type TLatency = { count: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };

export function latencyOf(samples: readonly number[]): TLatency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN) * 10) / 10;
  return {
    count: sorted.length,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: Math.round((sorted.at(-1) ?? NaN) * 10) / 10,
  };
}

export type TThroughput = { reqPerSec: number; p50Ms: number; p99Ms: number; errors: number };

/** N connections requesting one URL back to back for `seconds`; errors include every non-2xx. */
export async function closedLoop(
  url: string,
  opts: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<TThroughput> {
  const r = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    headers: opts.headers ?? {},
  });
  return {
    reqPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

/** Where a pupil is in their quiz: which attempt, which question, the seq the server last gave. */
type TCursor = { pupil: TBenchPupil; attempt: number; question: number; seq: number; sent: number };

function nextAnswer(c: TCursor): { path: string; body: string } | null {
  let a = c.pupil.attempts[c.attempt];
  while (a && c.question >= a.questions.length) {
    c.attempt += 1;
    c.question = 0;
    c.seq = 0;
    a = c.pupil.attempts[c.attempt];
  }
  const q = a?.questions[c.question];
  if (!a || !q) return null;
  const right = c.sent % 3 !== 0; // mostly right; every third a miss, which feeds the review queue
  c.sent += 1;
  return {
    path: `/api/attempts/${a.attemptId}/responses`,
    body: JSON.stringify({
      questionId: q.id,
      seq: c.seq,
      response: answerFor(q, right),
      confidence: c.sent % 2 ? 'sure' : null,
    }),
  };
}

function answered(c: TCursor, body: string): void {
  c.question += 1;
  try {
    c.seq = (JSON.parse(body) as { seq: number }).seq;
  } catch {
    c.seq += 1;
  }
}

const answerHeaders = (baseURL: string, cookie: string) => ({
  'content-type': 'application/json',
  origin: baseURL,
  cookie,
});

/**
 * Peak answers: `connections` pupils, each submitting its next practice answer as soon as the last
 * one returned, through autocannon (the same client as the JSON ping it is compared with).
 */
export async function answersBackToBack(
  baseURL: string,
  pupils: readonly TBenchPupil[],
  seconds: number,
): Promise<TThroughput & { answers: number }> {
  let next = 0;
  let ok = 0;
  type TCtx = { cursor?: TCursor };
  const r = await autocannon({
    url: baseURL,
    connections: pupils.length,
    duration: seconds,
    initialContext: {},
    requests: [
      {
        method: 'POST',
        setupRequest: (req: Record<string, unknown>, context: TCtx) => {
          const pupil = pupils[next++ % pupils.length];
          if (!pupil) throw new Error('no pupils for the peak answers');
          context.cursor ??= { pupil, attempt: 0, question: 0, seq: 0, sent: 0 };
          const answer = nextAnswer(context.cursor);
          if (!answer) return { ...req, method: 'GET', path: '/api/health' };
          return {
            ...req,
            path: answer.path,
            body: answer.body,
            headers: answerHeaders(baseURL, context.cursor.pupil.cookie),
          };
        },
        onResponse: (status: number, body: string, context: TCtx) => {
          if (status === 200 && context.cursor) {
            answered(context.cursor, body);
            ok += 1;
          }
        },
      },
    ],
  } as unknown as autocannon.Options);
  return {
    reqPerSec: Math.round(ok / seconds),
    answers: ok,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

export type TClassResult = {
  pupils: number;
  seconds: number;
  answersPerSec: number;
  latency: TLatency;
  errors: number;
  errorSamples: string[];
  acknowledged: number;
  /** Answers that fell due during the run but were still waiting 10 s after its end (counted in errors). */
  notSent: number;
  /** The first `warmupSeconds` of the same load, reported apart: a server that has just started. */
  warmup: { seconds: number; answers: number; latency: TLatency; errors: number };
};

/** How long after the run's end a pupil may still send answers that were due during it. */
const LATE_GRACE_MS = 10_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * The class, open loop: every pupil answers on their own clock, every `intervalMs` ± 20%, whether
 * or not the server kept up. A pupil waits for their previous answer (a person cannot answer the
 * next question before seeing the last), but latency is measured from the moment the answer was
 * due, so a slow server shows up as latency instead of hiding as a lower rate. Requests alternate
 * between the given app servers. The load starts `warmupSeconds` before the measured run and
 * carries straight on into it; the warm-up's figures are reported apart (a server that has just
 * started compiles its hot code as it goes, a school's server has long done so). Each pupil keeps
 * the session cookie the server sends back, as a browser does.
 */
export async function classOpenLoop(
  baseURLs: readonly string[],
  pupils: readonly TBenchPupil[],
  opts: { seconds: number; intervalMs: number; warmupSeconds: number },
): Promise<TClassResult> {
  const start = performance.now() + 200;
  const measuredFrom = start + opts.warmupSeconds * 1000;
  const end = measuredFrom + opts.seconds * 1000;
  const warmup = { latencies: [] as number[], errors: 0 };
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let sent = 0;
  let notSent = 0;
  const jittered = () => opts.intervalMs * (0.8 + 0.4 * Math.random());
  await Promise.all(
    pupils.map(async (pupil) => {
      const cursor: TCursor = { pupil, attempt: 0, question: 0, seq: 0, sent: 0 };
      let due = start + Math.random() * opts.intervalMs;
      let cookie = pupil.cookie;
      // Bounded: a server that fell behind does not stretch the run; answers still due are counted as not sent.
      while (due < end) {
        if (performance.now() > end + LATE_GRACE_MS) {
          notSent += Math.ceil((end - due) / opts.intervalMs);
          return;
        }
        await sleep(due - performance.now());
        const answer = nextAnswer(cursor);
        if (!answer) return;
        const baseURL = baseURLs[sent++ % baseURLs.length] ?? '';
        const measured = due >= measuredFrom;
        const fail = (sample: string) => {
          if (!measured) return void (warmup.errors += 1);
          errors += 1;
          if (errorSamples.length < 5) errorSamples.push(sample.slice(0, 120));
        };
        try {
          const res = await fetch(baseURL + answer.path, {
            method: 'POST',
            headers: answerHeaders(baseURL, cookie),
            body: answer.body,
          });
          const text = await res.text();
          (measured ? latencies : warmup.latencies).push(performance.now() - due);
          cookie = sessionCookieOf(res) ?? cookie;
          if (res.status === 200) answered(cursor, text);
          else {
            fail(`${res.status} ${text}`);
            cursor.question += 1; // move on as a pupil would after reloading
          }
        } catch (err) {
          (measured ? latencies : warmup.latencies).push(performance.now() - due);
          fail(String(err));
        }
        due += jittered();
      }
    }),
  );
  return {
    pupils: pupils.length,
    seconds: opts.seconds,
    answersPerSec: Math.round((latencies.length - errors) / opts.seconds),
    latency: latencyOf(latencies),
    errors: errors + notSent,
    errorSamples,
    acknowledged: latencies.length - errors,
    notSent,
    warmup: {
      seconds: opts.warmupSeconds,
      answers: warmup.latencies.length - warmup.errors,
      latency: latencyOf(warmup.latencies),
      errors: warmup.errors,
    },
  };
}

/** Polls a URL sequentially every `everyMs` until `stop` resolves; latency per refresh. */
export async function pollWhile(
  url: string,
  headers: Record<string, string>,
  everyMs: number,
  stop: Promise<unknown>,
): Promise<TLatency & { errors: number }> {
  let done = false;
  void stop.finally(() => (done = true));
  const times: number[] = [];
  let errors = 0;
  while (!done) {
    const t0 = performance.now();
    try {
      const res = await fetch(url, { headers });
      await res.text();
      if (res.status !== 200) errors += 1;
    } catch {
      errors += 1;
    }
    times.push(performance.now() - t0);
    await sleep(everyMs - (performance.now() - t0));
  }
  return { ...latencyOf(times), errors };
}
