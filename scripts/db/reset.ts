// Drops everything in DATABASE_URL, re-applies all migrations and seeds demo data.
import { spawnSync } from 'node:child_process';
import { resetDatabase } from './migrations';
import { databaseUrlFromEnv } from './target';

const url = databaseUrlFromEnv();
if (process.env.NODE_ENV === 'production' && !process.argv.includes('--force')) {
  console.error('Refusing to reset a production database without --force.');
  process.exit(2);
}
await resetDatabase(url);
console.log('Database reset and migrated.');
const seed = spawnSync('npx', ['tsx', 'prisma/seed.ts'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: url },
});
process.exit(seed.status ?? 1);
