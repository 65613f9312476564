/** Which database a DATABASE_URL names; the one place that decides SQLite or PostgreSQL. */
export type DatabaseKind = 'sqlite' | 'postgres';

export const DEFAULT_DATABASE_URL = 'file:./data/open-door.db';

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL); got "${url.slice(0, 20)}…"`,
  );
}

/** The file path inside a `file:` URL (relative paths resolve against the working directory). */
export function sqliteFilePath(url: string): string {
  const filePath = url.slice('file:'.length).split('?')[0] ?? '';
  if (!filePath) throw new Error('DATABASE_URL file: needs a path, e.g. file:./data/open-door.db');
  return filePath;
}
