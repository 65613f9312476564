// Runs the browser tests, or says loudly why it cannot.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './support/chromium';

if (!chromiumPath()) {
  const line = '!'.repeat(78);
  console.log(
    `${line}\n!! SKIPPED: browser tests — no Chromium at /usr/bin/chromium (apt-get install -y chromium)\n${line}`,
  );
  process.exit(process.env.REQUIRE_E2E === '1' ? 1 : 0);
}
const result = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
