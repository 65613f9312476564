import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_LIMIT, createSignInLimiter } from '@/lib/auth/rate-limit';
import { createPrismaClient } from '@/lib/db/client';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';

describe.each(databaseKinds())('sign-in rate limit on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t?.drop());

  it('holds across two server processes sharing the database', async () => {
    // Two clients stand for two app servers behind a load balancer.
    const other = createPrismaClient(t.url);
    const serverA = createSignInLimiter(t.db);
    const serverB = createSignInLimiter(other);
    const results: boolean[] = [];
    for (let i = 0; i < ACCOUNT_LIMIT + 2; i++) {
      results.push(await (i % 2 === 0 ? serverA : serverB).consume('pupil-7', `10.0.0.${i}`));
    }
    expect(results.filter(Boolean)).toHaveLength(ACCOUNT_LIMIT);
    expect(results.slice(ACCOUNT_LIMIT)).toEqual([false, false]);
    const row = await t.db.signInLimit.findUnique({ where: { key: 'acct:pupil-7' } });
    expect(row?.points).toBe(ACCOUNT_LIMIT + 2);
    await other.$disconnect();
  });

  it('counts concurrent attempts exactly', async () => {
    const limiter = createSignInLimiter(t.db);
    const results = await Promise.all(Array.from({ length: 15 }, () => limiter.consume('burst', '10.1.1.1')));
    expect(results.filter(Boolean)).toHaveLength(ACCOUNT_LIMIT);
  });

  it('a successful sign-in clears the account counter', async () => {
    const limiter = createSignInLimiter(t.db);
    for (let i = 0; i < ACCOUNT_LIMIT; i++) await limiter.consume('forgetful', '10.2.2.2');
    expect(await limiter.consume('forgetful', '10.2.2.2')).toBe(false);
    await limiter.clearAccount('forgetful');
    expect(await limiter.consume('forgetful', '10.2.2.2')).toBe(true);
  });
});
