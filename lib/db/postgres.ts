/** The pool fields we set; a plain shape both `pg` and adapter-pg's copy of its types accept. */
export interface PgPoolConfig {
  host: string;
  port: number;
  user?: string;
  password?: string;
  database?: string;
  ssl?: { rejectUnauthorized: boolean };
  max: number;
}

/**
 * Pool settings from a postgres:// URL, split into fields. Passing `connectionString` instead would
 * override any `database` set beside it, and Prisma's shadow-database helper relies on that field.
 */
export function pgPoolConfig(databaseUrl: string, max = 10): PgPoolConfig {
  const u = new URL(databaseUrl);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined,
    ssl: u.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : undefined,
    max,
  };
}
