import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from '../../lib/database-url';

/** DATABASE_URL from the environment (or the default SQLite file), with its folder created. */
export function databaseUrlFromEnv(): string {
  const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (databaseKind(url) === 'sqlite')
    fs.mkdirSync(path.dirname(path.resolve(sqliteFilePath(url))), { recursive: true });
  return url;
}
