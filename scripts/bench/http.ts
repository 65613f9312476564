// `npm run bench`: loopback throughput of the production build, against DESIGN.md's budgets.
// Every target is 127.0.0.1; each run is bounded (a few seconds per route) and stops by itself.
// Absolute numbers drift with the machine, so budgets are ratios to baselines measured in the same run.
import autocannon from 'autocannon';
import { serveBuild } from '../lib/serve-build';
import { signInCookie } from './session';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;

type Result = { reqPerSec: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

async function measure(url: string, headers: Record<string, string> = {}): Promise<Result> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return {
    reqPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

const served = await serveBuild();
try {
  const cookie = await signInCookie(served.baseURL, 'demo-student', 'open-door-demo');
  const results = {
    jsonPing: await measure(`${served.baseURL}/api/health`),
    publicPage: await measure(`${served.baseURL}/modules`),
    studentHome: await measure(`${served.baseURL}/student`, { cookie }),
  };
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  console.log(
    JSON.stringify(
      {
        seconds: SECONDS,
        connections: CONNECTIONS,
        results,
        budgets: {
          'studentHome / publicPage (≥ 0.3)': ratio(
            results.studentHome.reqPerSec,
            results.publicPage.reqPerSec,
          ),
        },
      },
      null,
      2,
    ),
  );
} finally {
  await served.stop();
}
