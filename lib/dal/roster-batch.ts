import 'server-only';
import { db } from '@/lib/db';
import {
  findDuplicateNames,
  withoutDuplicates,
  type DuplicateChoice,
  type DuplicateName,
} from '@/lib/roster/duplicate-names';
import type { SignInCard } from '@/lib/roster/sign-in-card';
import { insertAccounts, issueCards, ownsClass } from './roster';
import { isUniqueViolation } from './unique-violation';
import type { SessionUser } from './users';

export type BatchOutcome =
  | { kind: 'created'; cards: SignInCard[] }
  /** This form's list was created before (a second click, a retry, another tab): nothing new. */
  | { kind: 'already-created'; count: number }
  /** Names typed twice or already in the class; nothing was created until the teacher chooses. */
  | { kind: 'duplicates'; duplicates: DuplicateName[] }
  /** Every name was a duplicate the teacher chose to leave out. */
  | { kind: 'nothing-new' };

async function earlierBatch(classId: string, key: string) {
  return db().accountBatch.findUnique({ where: { classId_key: { classId, key } }, select: { count: true } });
}

async function rosterNames(classId: string): Promise<string[]> {
  const rows = await db().enrollment.findMany({
    where: { classId },
    select: { student: { select: { displayName: true } } },
  });
  return rows.map((r) => r.student.displayName);
}

/**
 * The teacher's bulk form. Idempotent by the submission key the form was drawn with: the batch row
 * and the accounts are written in one transaction, and the batch's primary key (class, key) lets
 * exactly one of two identical submits through — the other finds the row and creates nothing. A
 * key rather than matching names, because two pupils can share a name (the teacher may say so) and
 * a double click of that confirmed list must still create each of them once. Duplicate names are
 * reported before anything is written, unless the teacher has chosen to create or skip them.
 */
export async function createStudentBatch(
  teacher: SessionUser,
  classId: string,
  names: readonly string[],
  key: string,
  choice: DuplicateChoice,
): Promise<BatchOutcome | null> {
  if (!(await ownsClass(teacher, classId))) return null;
  const earlier = await earlierBatch(classId, key);
  if (earlier) return { kind: 'already-created', count: earlier.count };
  const roster = await rosterNames(classId);
  const duplicates = findDuplicateNames(names, roster);
  if (duplicates.length > 0 && choice === 'ask') return { kind: 'duplicates', duplicates };
  const chosen = choice === 'skip' ? withoutDuplicates(names, roster) : [...names];
  if (chosen.length === 0) return { kind: 'nothing-new' };
  const issued = await issueCards(chosen);
  try {
    await db().$transaction(async (tx) => {
      await tx.accountBatch.create({ data: { classId, key, teacherId: teacher.id, count: chosen.length } });
      await insertAccounts(tx, teacher.id, classId, issued);
    });
  } catch (err) {
    const winner = isUniqueViolation(err) ? await earlierBatch(classId, key) : null;
    if (winner) return { kind: 'already-created', count: winner.count };
    throw err;
  }
  return { kind: 'created', cards: issued.cards };
}
