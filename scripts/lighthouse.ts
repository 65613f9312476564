// `npm run lighthouse`: Lighthouse (mobile preset, the default) with Debian's Chromium against the
// production build on loopback: performance and accessibility for the landing page, the module
// list, a briefing and the quiz page (signed in as the demo student). Prints one JSON document with
// the scores and a pass/fail against the budgets (performance ≥ 95, accessibility 100); exits 1 on a fail.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveBuild } from './lib/serve-build';
import { signInCookie } from './bench/session';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = [
  { name: 'landing', path: '/' },
  { name: 'modules', path: '/modules' },
  { name: 'briefing', path: '/modules/allied-politics' },
  { name: 'quiz', path: '/modules/allied-politics/quiz', signedIn: true },
];

const served = await serveBuild();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;
type TPageScore = { performance: number; accessibility: number; metrics: Record<string, string> };
const scores: Record<string, TPageScore> = {};
try {
  const cookie = await signInCookie(served.baseURL, 'demo-student', 'open-door-demo');
  for (const page of PAGES) {
    const result = await lighthouse(served.baseURL + page.path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: page.signedIn ? { cookie } : undefined,
    });
    const categories = result?.lhr.categories;
    const audits = result?.lhr.audits ?? {};
    scores[page.name] = {
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
      // What the score is made of, so a low one says where to look.
      metrics: Object.fromEntries(METRICS.map((m) => [m, audits[m]?.displayValue ?? 'n/a'])),
    };
  }
} finally {
  chrome.kill();
  await served.stop();
}
const pass = Object.values(scores).every((s) => s.performance >= 95 && s.accessibility === 100);
console.log(
  JSON.stringify({ preset: 'mobile', scores, budgets: 'performance ≥ 95, accessibility 100', pass }, null, 2),
);
if (!pass) process.exitCode = 1;
