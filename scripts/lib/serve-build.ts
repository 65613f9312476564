// Serves the production build against a fresh, migrated and seeded database (a SQLite file, or a new
// PostgreSQL database shared by several app servers) on free loopback ports. Shared by the browser
// tests and the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { applyMigrations } from '../db/migrations';
import { SERVER_NODE_FLAGS } from './server-node-flags';

export interface ServedBuild {
  /** The first app server; `baseURLs` lists every replica (all share one database and secret). */
  baseURL: string;
  baseURLs: string[];
  databaseUrl: string;
  /** The servers' NEXTAUTH_SECRET, so a benchmark can mint session cookies as the server would. */
  secret: string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /**
   * A PostgreSQL server URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres): a fresh database
   * is created on it, migrated, seeded, and dropped on stop. Default: a fresh SQLite file.
   */
  postgresServerUrl?: string;
  /** How many app servers to start on the same database (PostgreSQL only beyond 1). */
  replicas?: number;
  /** Extra flags for each server's node process (e.g. --cpu-prof --cpu-prof-dir=…). */
  nodeFlags?: string[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not start in 60 s:\n${log()}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed`)),
    ),
  );
}

async function freshPostgres(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `od_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export async function serveBuild(options: ServeOptions = {}): Promise<ServedBuild> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID')))
    throw new Error(`No production build in ${distDir}: run \`npm run build\` first.`);
  const replicas = options.replicas ?? 1;
  if (replicas > 1 && !options.postgresServerUrl)
    throw new Error('Several app servers need a shared PostgreSQL database (SQLite serves one process).');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'od-serve-'));
  const pgDb = options.postgresServerUrl ? await freshPostgres(options.postgresServerUrl) : null;
  const databaseUrl = pgDb ? pgDb.url : `file:${path.join(dir, 'app.db')}`;
  await applyMigrations(databaseUrl);
  const secret = randomBytes(32).toString('base64url');
  const ports: number[] = [];
  for (let i = 0; i < replicas; i++) ports.push(await freePort());
  const baseURLs = ports.map((port) => `http://127.0.0.1:${port}`);
  const env = (baseURL: string) => ({
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: baseURL,
    NEXTAUTH_SECRET: secret,
  });
  await run('npx', ['tsx', 'prisma/seed.ts'], env(baseURLs[0] ?? ''));
  const servers = ports.map((port, i) => {
    const baseURL = baseURLs[i] ?? '';
    let output = '';
    // node runs Next directly (not through npx) so that flags such as --cpu-prof reach the server itself.
    const flags = [...SERVER_NODE_FLAGS, ...(options.nodeFlags ?? [])];
    const server = spawn(
      process.execPath,
      [...flags, 'node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
      { env: env(baseURL), detached: true },
    );
    server.stdout?.on('data', (d) => (output += d));
    server.stderr?.on('data', (d) => (output += d));
    return { server, baseURL, log: () => output };
  });
  await Promise.all(servers.map((s) => waitForServer(s.baseURL, s.server, s.log)));
  return {
    baseURL: baseURLs[0] ?? '',
    baseURLs,
    databaseUrl,
    secret,
    stop: async () => {
      await Promise.all(
        servers.map(
          ({ server }) =>
            new Promise<void>((resolve) => {
              if (!server.pid || server.exitCode !== null) return resolve();
              server.once('exit', () => resolve());
              process.kill(-server.pid, 'SIGTERM');
              // A server that ignores SIGTERM (or is slow writing a CPU profile) is not waited on forever.
              setTimeout(resolve, 15_000).unref();
            }),
        ),
      );
      fs.rmSync(dir, { recursive: true, force: true });
      await pgDb?.drop();
    },
  };
}
