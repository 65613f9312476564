import 'server-only';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/dal/passwords';
import { compareNames } from '@/lib/roster/name-order';
import type { SignInCard } from '@/lib/roster/sign-in-card';
import { newOneTimePassword } from './roster-credentials';
import { ownsClass } from './roster';
import type { SessionUser } from './users';

/** Pupils of this class whose card is unused (lib/roster/unused-card): made by this teacher, password not yet chosen. */
function unusedCardWhere(teacherId: string, classId: string) {
  return {
    role: 'STUDENT',
    createdById: teacherId,
    mustChangePassword: true,
    username: { not: null },
    enrollments: { some: { classId } },
  };
}

/**
 * Fresh cards for every pupil of the class who has not signed in and chosen a password yet: each
 * gets a new one-time password (the old card stops working, and any session it opened ends). Only
 * accounts this teacher made from a roster (issue 9); a pupil who chose a password meanwhile keeps
 * it, because the write repeats the conditions. Null when the class is not the teacher's.
 */
export async function reissueUnusedCards(
  teacher: SessionUser,
  classId: string,
): Promise<SignInCard[] | null> {
  if (!(await ownsClass(teacher, classId))) return null;
  const pupils = await db().user.findMany({
    where: unusedCardWhere(teacher.id, classId),
    select: { id: true, displayName: true, username: true },
  });
  const fresh = await Promise.all(
    pupils.map(async (p) => {
      const oneTimePassword = newOneTimePassword();
      return { ...p, oneTimePassword, passwordHash: await hashPassword(oneTimePassword) };
    }),
  );
  const cards = await db().$transaction(async (tx) => {
    const issued: SignInCard[] = [];
    for (const p of fresh) {
      const { count } = await tx.user.updateMany({
        where: { id: p.id, ...unusedCardWhere(teacher.id, classId) },
        data: { passwordHash: p.passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
      });
      if (count === 1)
        issued.push({
          displayName: p.displayName,
          username: p.username ?? '',
          oneTimePassword: p.oneTimePassword,
        });
    }
    return issued;
  });
  return cards.sort((a, b) => compareNames(a.displayName, b.displayName));
}
