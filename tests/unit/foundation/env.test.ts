import { describe, expect, it } from 'vitest';
import { EnvError, getEnv } from '@/lib/env';

const good = {
  NODE_ENV: 'production',
  DATABASE_URL: 'file:./data/open-door.db',
  NEXTAUTH_SECRET: 'x'.repeat(32),
  NEXTAUTH_URL: 'http://localhost:3000',
} as const;

function failure(env: Record<string, string | undefined>): string {
  try {
    getEnv(env as NodeJS.ProcessEnv);
  } catch (err) {
    expect(err).toBeInstanceOf(EnvError);
    return (err as Error).message;
  }
  throw new Error('expected getEnv to fail');
}

describe('getEnv', () => {
  it('accepts SQLite and PostgreSQL URLs', () => {
    expect(getEnv({ ...good }).DATABASE_URL).toBe('file:./data/open-door.db');
    expect(getEnv({ ...good, DATABASE_URL: 'postgresql://u@h:5432/d' }).DATABASE_URL).toBe(
      'postgresql://u@h:5432/d',
    );
  });

  it('stops with one line naming a missing DATABASE_URL', () => {
    const message = failure({ ...good, DATABASE_URL: undefined });
    expect(message).toBe(
      'Open Door cannot start: DATABASE_URL is not set (e.g. file:./data/open-door.db or postgresql://…)',
    );
    expect(message.split('\n')).toHaveLength(1);
  });

  it('rejects a malformed DATABASE_URL', () => {
    expect(failure({ ...good, DATABASE_URL: 'mysql://x' })).toContain('DATABASE_URL must start with file:');
  });

  it('refuses to start without a secret, or with a short one', () => {
    expect(failure({ ...good, NEXTAUTH_SECRET: undefined })).toContain('NEXTAUTH_SECRET is not set');
    expect(failure({ ...good, NEXTAUTH_SECRET: 'short' })).toContain('at least 32 characters');
  });

  it('requires NEXTAUTH_URL to be a URL', () => {
    expect(failure({ ...good, NEXTAUTH_URL: 'localhost' })).toContain('NEXTAUTH_URL must be the public URL');
  });
});
