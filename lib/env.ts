import { z } from 'zod';
import { databaseKind } from './database-url';

/**
 * The server's configuration, validated once. A missing or malformed value stops start-up with one
 * clear line (see instrumentation.ts); `npm run start:demo` writes a local .env.local with safe values.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set (e.g. file:./data/open-door.db or postgresql://…)' })
    .trim()
    .min(1, 'DATABASE_URL is empty (e.g. file:./data/open-door.db or postgresql://…)')
    .refine(
      (url) => {
        try {
          databaseKind(url);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)' },
    ),
  NEXTAUTH_SECRET: z
    .string({
      error: 'NEXTAUTH_SECRET is not set (run npm run start:demo, or set a random 32+ character secret)',
    })
    .min(32, 'NEXTAUTH_SECRET must be at least 32 characters'),
  NEXTAUTH_URL: z.url({
    error: 'NEXTAUTH_URL must be the public URL of the app, e.g. http://localhost:3000',
  }),
  /** How many reverse proxies in front of the app append to X-Forwarded-For (0: none, use the socket). */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 5' })
    .int('TRUSTED_PROXY_HOPS must be a whole number from 0 to 5')
    .min(0, 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 5')
    .max(5, 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 5')
    .default(0),
  /** Minutes without a request after which a session ends (default: two lessons and a break). */
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: 'SESSION_IDLE_MINUTES must be a whole number of minutes from 5 to 720' })
    .int('SESSION_IDLE_MINUTES must be a whole number of minutes from 5 to 720')
    .min(5, 'SESSION_IDLE_MINUTES must be a whole number of minutes from 5 to 720')
    .max(720, 'SESSION_IDLE_MINUTES must be a whole number of minutes from 5 to 720')
    .default(120),
  /** Accounts one address may create per hour (default: a class signing up together). */
  SIGN_UP_LIMIT_PER_HOUR: z.coerce
    .number({ error: 'SIGN_UP_LIMIT_PER_HOUR must be a whole number from 1 to 10000' })
    .int('SIGN_UP_LIMIT_PER_HOUR must be a whole number from 1 to 10000')
    .min(1, 'SIGN_UP_LIMIT_PER_HOUR must be a whole number from 1 to 10000')
    .max(10_000, 'SIGN_UP_LIMIT_PER_HOUR must be a whole number from 1 to 10000')
    .default(60),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export class EnvError extends Error {}

/** Parses process.env once; throws EnvError whose message is a single line naming the bad variable. */
export function getEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  if (cached && source === process.env) return cached;
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new EnvError(`Open Door cannot start: ${first?.message ?? 'invalid configuration'}`);
  }
  if (source === process.env) cached = result.data;
  return result.data;
}

/**
 * The idle timeout alone, for the per-request session check: it needs no other setting, so code
 * (and tests) that never configured a database can still ask. Start-up has validated it already.
 */
export function sessionIdleMinutes(source: NodeJS.ProcessEnv = process.env): number {
  return ZEnv.shape.SESSION_IDLE_MINUTES.parse(source.SESSION_IDLE_MINUTES);
}
