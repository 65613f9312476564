import type { TestProject } from 'vitest/node';
import { serveBuild } from '@/scripts/lib/serve-build';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    databaseUrl: string;
  }
}

/** One production server for all browser tests, on a fresh seeded SQLite database. */
export default async function setup(project: TestProject) {
  // Every browser test signs up its own pupils from 127.0.0.1; the security suite keeps the default of 60.
  process.env.SIGN_UP_LIMIT_PER_HOUR ??= '1000';
  const served = await serveBuild();
  project.provide('baseURL', served.baseURL);
  project.provide('databaseUrl', served.databaseUrl);
  return served.stop;
}
