import { describe, expect, it } from 'vitest';
import { databaseKind, sqliteFilePath } from '@/lib/database-url';
import { safeCallbackPath } from '@/lib/safe-redirect';
import { formatJoinCode, newJoinCode, normaliseJoinCode } from '@/lib/join-code';
import { postgresSchemaFrom } from '@/scripts/db/postgres-schema';
import { ZIdentifier, ZSignUp } from '@/lib/accounts/schemas';
import fs from 'node:fs';

describe('database URL', () => {
  it('chooses the database by scheme', () => {
    expect(databaseKind('file:./data/x.db')).toBe('sqlite');
    expect(databaseKind('postgres://a@b/c')).toBe('postgres');
    expect(databaseKind('postgresql://a@b/c')).toBe('postgres');
    expect(() => databaseKind('sqlite:x')).toThrow(/must start with file:/);
    expect(sqliteFilePath('file:./data/x.db?mode=rwc')).toBe('./data/x.db');
  });
});

describe('safeCallbackPath', () => {
  it('keeps same-site paths and refuses anything that could leave the site', () => {
    expect(safeCallbackPath('/student')).toBe('/student');
    expect(safeCallbackPath('https://evil.example')).toBe('/home');
    expect(safeCallbackPath('//evil.example')).toBe('/home');
    expect(safeCallbackPath('/\\evil.example')).toBe('/home');
    expect(safeCallbackPath(undefined)).toBe('/home');
  });
});

describe('join codes', () => {
  it('are 8 unambiguous characters and survive being typed loosely', () => {
    const code = newJoinCode();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(normaliseJoinCode(` ${formatJoinCode(code).toLowerCase()} `)).toBe(code);
    expect(normaliseJoinCode('ABCD-234O')).toBeNull(); // O is not in the alphabet
    expect(normaliseJoinCode('ABC')).toBeNull();
  });
});

describe('sign-up rules shared by form and server', () => {
  it('accepts an email or a username, lower-cased', () => {
    expect(ZIdentifier.parse('  Pupil.Seven ')).toBe('pupil.seven');
    expect(ZIdentifier.parse('T@School.Example')).toBe('t@school.example');
    expect(ZIdentifier.safeParse('a').success).toBe(false);
    expect(ZIdentifier.safeParse('not an@email').success).toBe(false);
  });
  it('requires a role and a 10-character password', () => {
    const r = ZSignUp.safeParse({ displayName: 'A', identifier: 'abc', password: 'short', role: 'ADMIN' });
    expect(r.success).toBe(false);
    const fields = r.error?.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['password', 'role']));
  });
});

describe('PostgreSQL schema', () => {
  it('is derived from the one schema and committed in sync', () => {
    const derived = postgresSchemaFrom(fs.readFileSync('prisma/schema.prisma', 'utf8'));
    expect(derived).toContain('provider = "postgresql"');
    expect(fs.readFileSync('prisma/postgres/schema.prisma', 'utf8')).toBe(derived);
  });
});
