// Validates every content/scenarios/*.yaml: schema and references, cited sources, the no-copy rule
// (no 8-word run of the source article), and the graph (exhaustive state search; see
// lib/scenario/explore.ts for why it is decidable), ending claims proven on every path that reaches
// them, and "in this run" on invented reactions of named governments. Exits 1 on any problem, printing one line per
// problem prefixed with the scenario file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkScenarioGraph } from '@/lib/scenario/graph-check';
import { findUnlabelledReactions } from '@/lib/scenario/honesty';
import { DEFAULT_SCENARIO_DIR, listScenarioFiles } from '@/lib/scenario/loader';
import { parseScenarioYaml } from '@/lib/scenario/parse-scenario';
import { readSourceCatalog } from '@/lib/scenario/source-catalog';
import { findUnknownSourceRefs } from '@/lib/scenario/source-refs';
import { listScenarioProse } from '@/lib/scenario/scenario-prose';
import { findCopiedRuns } from '@/lib/content/no-copy';

const catalog = readSourceCatalog();
let failed = false;
const files = listScenarioFiles(path.resolve(DEFAULT_SCENARIO_DIR));
if (files.length === 0) {
  console.error(`no scenarios found in ${DEFAULT_SCENARIO_DIR}`);
  failed = true;
}
if (!catalog) console.warn('warning: content/sources/ not found, so source references were not verified');

for (const file of files) {
  const label = path.relative(process.cwd(), file);
  const parsed = parseScenarioYaml(readFileSync(file, 'utf8'), path.basename(file, '.yaml'));
  if (!parsed.ok) {
    parsed.problems.forEach((p) => console.error(`${label}: ${p}`));
    failed = true;
    continue;
  }
  const started = performance.now();
  const { problems, exploration } = checkScenarioGraph(parsed.scenario);
  problems.push(...(catalog ? findUnknownSourceRefs(parsed.scenario, catalog) : []));
  problems.push(...findUnlabelledReactions(parsed.scenario));
  for (const { where, text } of listScenarioProse(parsed.scenario))
    for (const run of findCopiedRuns(text))
      problems.push(`${where}: repeats the article's wording: "${run.excerpt}"`);
  problems.forEach((p) => console.error(`${label}: ${p}`));
  failed ||= problems.length > 0;
  const endings = parsed.scenario.nodes.filter((n) => n.kind === 'ending').length;
  console.log(
    `${problems.length === 0 ? 'ok' : 'FAIL'} ${label}: ${exploration.statesVisited} states explored in ` +
      `${Math.round(performance.now() - started)} ms; ${exploration.reachedNodes.size}/${parsed.scenario.nodes.length} ` +
      `nodes and ${exploration.reachedEndings.size}/${endings} endings reachable; longest path ` +
      `${exploration.longestPath}/${parsed.scenario.maxSteps} steps; ${exploration.decisionsPerPath.min}-` +
      `${exploration.decisionsPerPath.max} decisions per path`,
  );
}
process.exit(failed ? 1 : 0);
