import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';

// Counts real decodes, so the test can tell a kept token from a decoded one.
const decodes = vi.hoisted(() => ({ count: 0 }));
vi.mock('next-auth/jwt', async (original) => {
  const real = await original<typeof import('next-auth/jwt')>();
  return {
    ...real,
    decode: async (params: Parameters<typeof real.decode>[0]) => {
      decodes.count += 1;
      return real.decode(params);
    },
  };
});
const { decodeSessionToken } = await import('@/lib/auth/token-decode');

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const now = () => Math.floor(Date.now() / 1000);

describe('session token decoding', () => {
  beforeEach(() => {
    decodes.count = 0;
  });

  it('decodes a cookie once and answers the same claims from then on', async () => {
    const token = await encode({ token: { uid: 'u1', sv: 3 }, secret: SECRET, maxAge: 600 });
    const first = await decodeSessionToken(token, SECRET);
    const second = await decodeSessionToken(token, SECRET);
    expect(first?.uid).toBe('u1');
    expect(second).toEqual(first);
    expect(decodes.count).toBe(1);
  });

  it('gives the kept claims back read-only, so no caller can change what the next request sees', async () => {
    const token = await encode({ token: { uid: 'u2', sv: 0 }, secret: SECRET, maxAge: 600 });
    const claims = await decodeSessionToken(token, SECRET);
    expect(() => Object.assign(claims as object, { uid: 'someone-else' })).toThrow();
    expect((await decodeSessionToken(token, SECRET))?.uid).toBe('u2');
  });

  it('ends a kept token when it expires', async () => {
    const token = await encode({ token: { uid: 'u3', sv: 0 }, secret: SECRET, maxAge: 60 });
    expect(await decodeSessionToken(token, SECRET)).not.toBeNull();
    expect(await decodeSessionToken(token, SECRET, now() + 61)).toBeNull();
  });

  it('refuses a kept token under another secret, and a damaged one', async () => {
    const token = await encode({ token: { uid: 'u4', sv: 0 }, secret: SECRET, maxAge: 600 });
    await decodeSessionToken(token, SECRET);
    await expect(decodeSessionToken(token, `${SECRET}-other`)).rejects.toThrow();
    await expect(decodeSessionToken(`${token.slice(0, -4)}AAAA`, SECRET)).rejects.toThrow();
  });
});
