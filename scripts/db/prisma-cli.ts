import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Runs the Prisma CLI for commands that need no schema engine (generate, format, validate). */
export function runPrismaCli(args: string[]): void {
  const prismaBin = path.join(process.cwd(), 'node_modules', '.bin', 'prisma');
  const result = spawnSync(prismaBin, args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      // Any existing file satisfies the CLI's start-up check; the engine itself is never invoked.
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
