import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

it('the production server refuses to start with a malformed DATABASE_URL, saying so in one line', async () => {
  const child = spawn('npx', ['next', 'start', '-p', '0'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: 'mysql://nope',
      NEXTAUTH_SECRET: 'x'.repeat(40),
      NEXTAUTH_URL: 'http://localhost:1',
    },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, 30_000);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code).toBe(1);
  const lines = stderr.split('\n').filter((l) => l.includes('Open Door cannot start'));
  expect(lines).toEqual([
    'Open Door cannot start: DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)',
  ]);
});
