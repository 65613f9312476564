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

/** Connections per app server unless the URL says `?connection_limit=N` (Prisma's parameter name). */
export const DEFAULT_POOL_MAX = 20;

/**
 * Pool settings from a postgres:// URL, split into fields. Passing `connectionString` instead would
 * override any `database` set beside it, and Prisma's shadow-database helper relies on that field.
 * With N app servers, N × the pool size must stay below the server's max_connections (100 by default).
 */
export function pgPoolConfig(databaseUrl: string, max?: number): PgPoolConfig {
  const u = new URL(databaseUrl);
  const limit = Number(u.searchParams.get('connection_limit'));
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined,
    ssl: u.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : undefined,
    max: max ?? (Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_POOL_MAX),
  };
}
