import 'server-only';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/dal/passwords';
import type { Role, TSignUp } from '@/lib/accounts/schemas';
import { isUniqueViolation } from './unique-violation';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';

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

/**
 * Creates an account; a taken email or username is a refusal, never thrown. Its words never say
 * which it was, nor that the account exists.
 */
export async function createUser(input: TSignUp): Promise<TOutcome<{ id: string }>> {
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
    return accept({ id: user.id });
  } catch (err) {
    if (isUniqueViolation(err))
      return refuse('conflict', 'That email or username cannot be used. Choose another.');
    throw err;
  }
}

/** Revokes every session of the user: their JWTs carry the old version and stop working. */
export async function bumpSessionVersion(userId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
