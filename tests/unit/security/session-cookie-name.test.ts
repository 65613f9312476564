import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { sessionCookieName } from '@/lib/auth/session-refresh';

// next-auth's own cookie names, the ones it sets at sign-in; not an exported path, so the file itself.
const { defaultCookies } = createRequire(import.meta.url)(
  path.resolve('node_modules/next-auth/core/lib/cookie.js'),
) as { defaultCookies: (secure: boolean) => { sessionToken: { name: string } } };

it('reads the session from the cookie next-auth sets, over http and over https', () => {
  expect(sessionCookieName('http://localhost:3000')).toBe(defaultCookies(false).sessionToken.name);
  expect(sessionCookieName('https://opendoor.example')).toBe(defaultCookies(true).sessionToken.name);
  expect(sessionCookieName(undefined)).toBe(defaultCookies(false).sessionToken.name);
});
