// Plays every council many times with bots in every seat (a random chair, delegations following their
// briefs) and reports how often each outcome occurs, which proposals were adopted, who broke silence,
// and the minutes to an outcome with the default clock.
// Usage: npm run council:simulate -- [--runs 2000] [--seed 1] [--json]
import { loadCouncils } from '@/lib/council/parse';
import { simulateCouncil, type TCouncilSimulation } from '@/lib/council/simulate';
import { positiveIntArg } from './lib/cli-args';

/** Consensus that random play almost always or almost never reaches is a balance bug. */
const BALANCE = { minConsensus: 0.03, maxConsensus: 0.6 };

const args = process.argv.slice(2);
const runs = positiveIntArg(args, '--runs', 2000);
const seed = positiveIntArg(args, '--seed', 1);

const started = performance.now();
const report: Record<string, TCouncilSimulation & { balanceProblems: string[] }> = {};
for (const [slug, council] of loadCouncils()) {
  const summary = simulateCouncil(council, runs, seed);
  const consensus = summary.outcomes.adopted?.share ?? 0;
  const balanceProblems =
    consensus > BALANCE.maxConsensus || consensus < BALANCE.minConsensus
      ? [`consensus in ${(consensus * 100).toFixed(1)}% of councils under random play`]
      : [];
  report[slug] = { ...summary, balanceProblems };
}
const elapsedMs = Math.round(performance.now() - started);

if (args.includes('--json')) {
  console.log(JSON.stringify({ runs, seed, balance: BALANCE, elapsedMs, councils: report }, null, 2));
} else {
  for (const [slug, r] of Object.entries(report)) {
    console.log(`\n${slug}`);
    for (const [id, o] of Object.entries(r.outcomes))
      console.log(`  ${(o.share * 100).toFixed(1).padStart(5)}%  ${id}`);
    console.log(`  adopted proposals: ${JSON.stringify(r.adoptedProposals)}`);
    console.log(`  broken silences by seat: ${JSON.stringify(r.blocksBySeat)}`);
    const m = r.minutesToOutcome;
    console.log(`  minutes to an outcome: ${m.min}/${m.median}/${m.max} (min/median/max)`);
    r.balanceProblems.forEach((p) => console.log(`  balance: ${p}`));
  }
  console.log(`\n${runs} councils each in ${elapsedMs} ms`);
}

if (Object.values(report).some((r) => r.balanceProblems.length > 0)) process.exitCode = 1;
