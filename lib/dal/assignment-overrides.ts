import 'server-only';
import { db } from '@/lib/db';
import type { PupilOverride } from '@/lib/assignment/pupil-terms';
import type { SessionUser } from './users';

/** Selects one pupil's override with an assignment (Prisma `select` fragment). */
export function overrideOf(studentId: string) {
  return { where: { studentId }, select: { dueAt: true, extraAttempts: true } } as const;
}

/**
 * Sets what applies to one pupil on one of the teacher's assignments: their own due date (an
 * extension; null keeps the class's) and extra attempts. Setting both back to the class's removes
 * the override. Only for a pupil enrolled in the assignment's class; false for anything else.
 */
export async function setPupilOverride(
  teacher: SessionUser,
  assignmentId: string,
  studentId: string,
  override: PupilOverride,
): Promise<boolean> {
  if (teacher.role !== 'TEACHER') return false;
  const found = await db().assignment.findFirst({
    where: {
      id: assignmentId,
      class: { teacherId: teacher.id, enrollments: { some: { studentId } } },
    },
    select: { id: true },
  });
  if (!found) return false;
  const key = { assignmentId_studentId: { assignmentId, studentId } };
  if (override.dueAt === null && override.extraAttempts === 0) {
    await db().assignmentOverride.deleteMany({ where: { assignmentId, studentId } });
    return true;
  }
  await db().assignmentOverride.upsert({
    where: key,
    create: { assignmentId, studentId, ...override },
    update: override,
  });
  return true;
}

/**
 * The class's assignments as they apply to one pupil, for the teacher's page about that pupil:
 * class terms beside the pupil's override. Null when the class is not the teacher's or the pupil
 * is not in it.
 */
export async function listPupilTerms(teacher: SessionUser, classId: string, studentId: string) {
  if (teacher.role !== 'TEACHER') return null;
  const enrolled = await db().enrollment.findFirst({
    where: { classId, studentId, class: { teacherId: teacher.id } },
    select: { studentId: true },
  });
  if (!enrolled) return null;
  return db().assignment.findMany({
    where: { classId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      kind: true,
      contentSlug: true,
      dueAt: true,
      maxAttempts: true,
      acceptLateWork: true,
      overrides: overrideOf(studentId),
    },
  });
}
