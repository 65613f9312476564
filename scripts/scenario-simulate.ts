// Plays every scenario many times with a random and a greedy policy and reports ending
// distributions, path lengths, meter ranges and choices never taken.
// Usage: npm run scenario:simulate -- [--runs 10000] [--seed 1] [--json]
import { loadScenarios } from '@/lib/scenario/loader';
import { greedyPolicy, randomPolicy } from '@/lib/scenario/policies';
import { simulateScenario, type TSimulationSummary } from '@/lib/scenario/simulate';
import { positiveIntArg } from './lib/cli-args';

/** Under random play every ending should be reachable often enough to matter and none dominate. */
const BALANCE = { minShare: 0.03, maxShare: 0.6 };

const args = process.argv.slice(2);
const runs = positiveIntArg(args, '--runs', 10_000);
const seed = positiveIntArg(args, '--seed', 1);

const started = performance.now();
const report: Record<
  string,
  { version: string; random: TSimulationSummary; greedy: TSimulationSummary; balanceProblems: string[] }
> = {};
for (const [slug, { scenario, version }] of loadScenarios()) {
  const random = simulateScenario(scenario, randomPolicy, runs, seed);
  const greedy = simulateScenario(scenario, greedyPolicy, runs, seed);
  const balanceProblems = Object.entries(random.endings)
    .filter(([, e]) => e.share < BALANCE.minShare || e.share > BALANCE.maxShare)
    .map(([id, e]) => `ending "${id}" has ${(e.share * 100).toFixed(1)}% under random play`);
  report[slug] = { version, random, greedy, balanceProblems };
}
const elapsedMs = Math.round(performance.now() - started);

if (args.includes('--json')) {
  console.log(
    JSON.stringify({ runsPerPolicy: runs, seed, balance: BALANCE, elapsedMs, scenarios: report }, null, 2),
  );
} else {
  for (const [slug, r] of Object.entries(report)) {
    console.log(`\n${slug} (version ${r.version})`);
    for (const policy of ['random', 'greedy'] as const) {
      const s = r[policy];
      console.log(
        `  ${policy}: path length ${s.pathLength.min}/${s.pathLength.median}/${s.pathLength.max} (min/median/max)`,
      );
      for (const [id, e] of Object.entries(s.endings))
        console.log(`    ${(e.share * 100).toFixed(1).padStart(5)}%  ${id}`);
      if (s.choicesNeverTaken.length > 0) console.log(`    never taken: ${s.choicesNeverTaken.join(', ')}`);
    }
    r.balanceProblems.forEach((p) => console.log(`  balance: ${p}`));
  }
  console.log(`\n${runs} runs per policy per scenario in ${elapsedMs} ms`);
}

// An ending that random play almost never or almost always reaches is a balance bug: fail CI on it.
if (Object.values(report).some((r) => r.balanceProblems.length > 0)) process.exitCode = 1;
