import type { TestProject } from 'vitest/node';
import { serveBuild } from '@/scripts/lib/serve-build';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    databaseUrl: string;
  }
}

/** One production server (the build `npm test` just made) on a fresh seeded SQLite database. */
export default async function setup(project: TestProject) {
  const served = await serveBuild();
  project.provide('baseURL', served.baseURL);
  project.provide('databaseUrl', served.databaseUrl);
  return served.stop;
}
