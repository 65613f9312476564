import 'server-only';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/dal/passwords';
import type { Role, TSignUp } from '@/lib/accounts/schemas';
import { isUniqueViolation } from './unique-violation';

export interface SessionUser {
  id: string;
  displayName: string;
  role: Role;
  sessionVersion: number;
  mustChangePassword: boolean;
}

const SESSION_USER_FIELDS = {
  id: true,
  displayName: true,
  role: true,
  sessionVersion: true,
  mustChangePassword: true,
} as const;

export function identifierWhere(identifier: string) {
  return identifier.includes('@') ? { email: identifier } : { username: identifier };
}

export async function findUserForSignIn(identifier: string) {
  return db().user.findUnique({
    where: identifierWhere(identifier),
    select: { ...SESSION_USER_FIELDS, passwordHash: true },
  });
}

export async function findSessionUser(id: string): Promise<SessionUser | null> {
  const user = await db().user.findUnique({ where: { id }, select: SESSION_USER_FIELDS });
  return user as SessionUser | null;
}

export type CreateUserResult = { ok: true; id: string } | { ok: false; reason: 'taken' };

/** Creates an account; a taken email or username is reported, never thrown. */
export async function createUser(input: TSignUp): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().user.create({
      data: {
        displayName: input.displayName,
        ...identifierWhere(input.identifier),
        passwordHash,
        role: input.role,
      },
      select: { id: true },
    });
    return { ok: true, id: user.id };
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: false, reason: 'taken' };
    throw err;
  }
}

/** Revokes every session of the user: their JWTs carry the old version and stop working. */
export async function bumpSessionVersion(userId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
