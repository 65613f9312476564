import 'server-only';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/dal/passwords';
import { newOneTimePassword, newPseudonymousUsername } from './roster-credentials';
import type { SignInCard } from '@/lib/roster/sign-in-card';
import { compareNames } from '@/lib/roster/name-order';
import type { Tx } from './db-tx';
import type { SessionUser } from './users';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';

/** The students of one of the teacher's classes, by name; null when the class is not theirs. */
export async function listRoster(teacher: SessionUser, classId: string) {
  const cls = await db().class.findFirst({
    where: { id: classId, teacherId: teacher.id },
    select: { id: true },
  });
  if (!cls) return null;
  const rows = await db().enrollment.findMany({
    where: { classId },
    select: {
      joinedAt: true,
      student: {
        select: {
          id: true,
          displayName: true,
          username: true,
          email: true,
          mustChangePassword: true,
          createdById: true,
        },
      },
    },
  });
  return rows
    .map(({ joinedAt, student: { email, createdById, ...student } }) => ({
      ...student,
      joinedAt,
      hasEmail: email !== null,
      // Only accounts this teacher made from a roster are theirs to reset; the rest belong to the student.
      managedByTeacher: createdById === teacher.id,
    }))
    .sort((a, b) => compareNames(a.displayName, b.displayName) || a.id.localeCompare(b.id));
}

export async function ownsClass(teacher: SessionUser, classId: string): Promise<boolean> {
  if (teacher.role !== 'TEACHER') return false;
  const cls = await db().class.findFirst({
    where: { id: classId, teacherId: teacher.id },
    select: { id: true },
  });
  return cls !== null;
}

async function freeUsernames(count: number): Promise<string[]> {
  const chosen = new Set<string>();
  // Draw a few spare names per round and drop the ones already taken, in one query per round.
  for (let round = 0; round < 10 && chosen.size < count; round++) {
    const candidates = Array.from({ length: (count - chosen.size) * 2 }, newPseudonymousUsername).filter(
      (u) => !chosen.has(u),
    );
    const taken = await db().user.findMany({
      where: { username: { in: candidates } },
      select: { username: true },
    });
    const takenSet = new Set(taken.map((t) => t.username));
    for (const u of new Set(candidates)) if (!takenSet.has(u) && chosen.size < count) chosen.add(u);
  }
  if (chosen.size < count) throw new Error('could not allocate usernames');
  return [...chosen];
}

/** Cards with fresh usernames and one-time passwords for these names, and the passwords' hashes. */
export async function issueCards(
  names: readonly string[],
): Promise<{ cards: SignInCard[]; hashes: string[] }> {
  const usernames = await freeUsernames(names.length);
  const cards = names.map((displayName, i) => ({
    displayName,
    username: usernames[i] ?? '',
    oneTimePassword: newOneTimePassword(),
  }));
  return { cards, hashes: await Promise.all(cards.map((c) => hashPassword(c.oneTimePassword))) };
}

/** Inside the caller's transaction: one enrolled pupil account per card, made by this teacher. */
export async function insertAccounts(
  tx: Tx,
  teacherId: string,
  classId: string,
  { cards, hashes }: { cards: readonly SignInCard[]; hashes: readonly string[] },
): Promise<void> {
  for (const [i, card] of cards.entries()) {
    await tx.user.create({
      data: {
        displayName: card.displayName,
        username: card.username,
        passwordHash: hashes[i] ?? '',
        role: 'STUDENT',
        mustChangePassword: true,
        createdById: teacherId,
        enrollments: { create: { classId } },
      },
    });
  }
}

/**
 * Creates one student account per name, enrolled in the class, with a pseudonymous username and a
 * one-time password that must be changed at first sign-in. The passwords exist only in the
 * returned cards: they are stored hashed and cannot be shown again. All or nothing. The teacher's
 * form goes through createStudentBatch (roster-batch.ts), which adds the repeat and duplicate checks.
 */
export async function createStudentAccounts(
  teacher: SessionUser,
  classId: string,
  names: readonly string[],
): Promise<SignInCard[] | null> {
  if (!(await ownsClass(teacher, classId))) return null;
  const issued = await issueCards(names);
  await db().$transaction((tx) => insertAccounts(tx, teacher.id, classId, issued));
  return issued.cards;
}

async function enrolledStudent(teacher: SessionUser, classId: string, studentId: string) {
  if (!(await ownsClass(teacher, classId))) return null;
  return db().enrollment.findUnique({
    where: { classId_studentId: { classId, studentId } },
    select: {
      student: { select: { id: true, displayName: true, username: true, role: true, createdById: true } },
    },
  });
}

/**
 * A new one-time password for a pupil account this teacher made from a roster (pupils forget).
 * Every existing session of the pupil ends, and they must choose a new password at next sign-in.
 * An account the student signed up for themselves is theirs alone: a teacher who could reset it
 * could sign in as the student (issue 9, row 1), so it is refused whatever the class.
 */
const NOT_MANAGED = refuse(
  'forbidden',
  'This student signed up for their own account, so only they can change its password.',
);

export async function resetStudentPassword(
  teacher: SessionUser,
  classId: string,
  studentId: string,
): Promise<TOutcome<SignInCard>> {
  const found = await enrolledStudent(teacher, classId, studentId);
  if (!found || found.student.role !== 'STUDENT') return refuse('not-found', 'No such student.');
  if (found.student.createdById !== teacher.id || !found.student.username) return NOT_MANAGED;
  const oneTimePassword = newOneTimePassword();
  // The creator check is repeated in the write itself, so nothing between the read and the write widens it.
  const { count } = await db().user.updateMany({
    where: { id: studentId, createdById: teacher.id, role: 'STUDENT' },
    data: {
      passwordHash: await hashPassword(oneTimePassword),
      mustChangePassword: true,
      sessionVersion: { increment: 1 },
    },
  });
  if (count !== 1) return NOT_MANAGED;
  return accept({
    displayName: found.student.displayName,
    username: found.student.username,
    oneTimePassword,
  });
}

/** Takes the student out of the class; their account and own work stay theirs. */
export async function removeStudentFromClass(
  teacher: SessionUser,
  classId: string,
  studentId: string,
): Promise<boolean> {
  if (!(await ownsClass(teacher, classId))) return false;
  const { count } = await db().enrollment.deleteMany({ where: { classId, studentId } });
  return count === 1;
}
