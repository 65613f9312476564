import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_LIMIT,
  GLOBAL_FAILED_PER_MINUTE,
  IP_LIMIT,
  createSignInLimiter,
} from '@/lib/auth/rate-limit';
import { deleteExpiredLimits } from '@/lib/auth/limit-cleanup';
import { THROTTLES, createThrottles } from '@/lib/auth/throttles';
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
    await limiter.recordSuccess('forgetful', '10.2.2.2');
    expect(await limiter.consume('forgetful', '10.2.2.2')).toBe(true);
  });

  it('a year group signing in behind one address is never refused; only failures use up its allowance', async () => {
    const limiter = createSignInLimiter(t.db);
    const school = '10.3.3.3';
    for (let pupil = 0; pupil < IP_LIMIT * 3; pupil++) {
      expect(await limiter.consume(`year-9-pupil-${pupil}`, school)).toBe(true);
      await limiter.recordSuccess(`year-9-pupil-${pupil}`, school);
    }
    for (let guess = 0; guess < IP_LIMIT; guess++)
      expect(await limiter.consume(`sprayed-${guess}`, school)).toBe(true);
    expect(await limiter.consume('sprayed-one-more', school)).toBe(false);
  });
});

describe.each(databaseKinds())('server-wide ceiling, throttles and cleanup on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t?.drop());

  it('refuses every sign-in once the failed sign-ins of the minute reach the ceiling', async () => {
    const limiter = createSignInLimiter(t.db);
    for (let i = 0; i < GLOBAL_FAILED_PER_MINUTE; i++) await limiter.recordFailure();
    // A fresh account from a fresh address: neither of their own limits is touched.
    expect(await limiter.consume('someone-new', '198.51.100.7')).toBe(false);
    await t.db.signInLimit.deleteMany({ where: { key: 'failed:all' } });
    expect(await limiter.consume('someone-new', '198.51.100.7')).toBe(true);
  });

  it('throttles joining, sign-up and password re-checks per key, in the database', async () => {
    const a = createThrottles(t.db);
    const b = createThrottles(createPrismaClient(t.url));
    const { points } = THROTTLES.passwordCheckPerAccount;
    const results: boolean[] = [];
    for (let i = 0; i < points + 1; i++)
      results.push(await (i % 2 ? a : b).take('passwordCheckPerAccount', 'user-1'));
    expect(results.filter(Boolean)).toHaveLength(points);
    expect(results.at(-1)).toBe(false);
    expect(await a.take('passwordCheckPerAccount', 'user-2')).toBe(true);
    expect(await a.take('joinPerAccount', 'user-1')).toBe(true);
  });

  it('deletes expired limiter rows and keeps live ones', async () => {
    const past = new Date(Date.now() - 1000);
    const future = new Date(Date.now() + 60_000);
    await t.db.signInLimit.createMany({
      data: [
        { key: 'ip:old', points: 3, expire: past },
        { key: 'ip:live', points: 3, expire: future },
      ],
    });
    expect(await deleteExpiredLimits(t.db)).toBeGreaterThanOrEqual(1);
    expect(await t.db.signInLimit.findUnique({ where: { key: 'ip:old' } })).toBeNull();
    expect(await t.db.signInLimit.findUnique({ where: { key: 'ip:live' } })).not.toBeNull();
  });
});
