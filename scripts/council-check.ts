// Validates every content/councils/*.yaml: schema and references, cited sources, the no-copy rule,
// and the play properties (lib/council/check.ts): every proposal can be tabled, consensus is possible
// but not automatic, and every delegation has a path to yes. Prints `file: item: message` per problem
// and exits 1 on any.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkCouncil, consensusPaths } from '@/lib/council/check';
import { DEFAULT_COUNCIL_DIR, listCouncilFiles, parseCouncilYaml } from '@/lib/council/parse';
import { readSourceCatalog } from '@/lib/scenario/source-catalog';

const catalog = readSourceCatalog();
if (!catalog) console.warn('warning: content/sources/ not found, so source references were not verified');
const files = listCouncilFiles();
let failed = files.length === 0;
if (failed) console.error(`no councils found in ${DEFAULT_COUNCIL_DIR}`);

for (const file of files) {
  const label = path.relative(process.cwd(), file);
  const parsed = parseCouncilYaml(readFileSync(file, 'utf8'), path.basename(file, '.yaml'));
  const problems = parsed.ok ? checkCouncil(parsed.council, catalog) : parsed.problems;
  problems.forEach((p) => console.error(`${label}: ${p}`));
  failed ||= problems.length > 0;
  if (parsed.ok)
    console.log(
      `${problems.length === 0 ? 'ok' : 'FAIL'} ${label}: ${parsed.council.seats.length} seats, ` +
        `${parsed.council.proposals.length} proposals, ${parsed.council.amendments.length} amendments, ` +
        `${parsed.council.events.length} hypothetical events; consensus paths per proposal: ` +
        Object.entries(consensusPaths(parsed.council))
          .map(([id, n]) => `${id} ${n}`)
          .join(', '),
    );
}
process.exit(failed ? 1 : 0);
