// Applies pending migrations to DATABASE_URL (default: the SQLite file in ./data).
import { applyMigrations } from './migrations';
import { databaseUrlFromEnv } from './target';

const applied = await applyMigrations(databaseUrlFromEnv());
console.log(
  applied.length
    ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
    : 'Database is up to date.',
);
