// Serves the production build against a fresh, migrated and seeded SQLite file on a free loopback
// port. Shared by the browser tests and the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { applyMigrations } from '../db/migrations';

export interface ServedBuild {
  baseURL: string;
  databaseUrl: string;
  /** The server's NEXTAUTH_SECRET, so a bench can mint session tokens for many generated users. */
  secret: string;
  stop(): Promise<void>;
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

export async function serveBuild(): Promise<ServedBuild> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID')))
    throw new Error(`No production build in ${distDir}: run \`npm run build\` first.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'od-serve-'));
  const databaseUrl = `file:${path.join(dir, 'app.db')}`;
  await applyMigrations(databaseUrl);
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: baseURL,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
  };
  await run('npx', ['tsx', 'prisma/seed.ts'], env);
  let output = '';
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    detached: true,
  });
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  await waitForServer(baseURL, server, () => output);
  return {
    baseURL,
    databaseUrl,
    secret: env.NEXTAUTH_SECRET,
    stop: async () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
