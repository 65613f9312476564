import { defineConfig } from 'prisma/config';

// Prisma 7 reads connection settings here; the app itself connects through driver adapters (lib/db).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
});
