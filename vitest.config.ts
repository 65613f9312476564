import path from 'node:path';
import { defineConfig } from 'vitest/config';

// 'server-only' guards the app bundle; tests import server modules directly.
const alias = {
  '@': path.resolve(__dirname),
  'server-only': path.resolve(__dirname, 'tests/support/empty-module.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Property tests explore whole scenarios; a busy machine must not turn slowness into failure.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Each file gets its own database; files run one after another to keep 2 cores responsive.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // Issue 9's probe, replayed against the production build over HTTP (SECURITY.md).
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          globalSetup: ['tests/security/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          // One production server is shared; files run one after another.
          fileParallelism: false,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A shared 2-core machine can be slow to re-render; wait for what a user would wait for.
          expect: { poll: { timeout: 10_000, interval: 100 } },
          // One retry absorbs a slow moment on a busy machine; a real failure fails twice.
          retry: 1,
        },
      },
    ],
  },
});
