import 'server-only';
import { db } from '@/lib/db';
import { newJoinCode, normaliseJoinCode } from '@/lib/join-code';
import type { SessionUser } from './users';
import { isUniqueViolation } from './unique-violation';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';

export async function listTeacherClasses(teacher: SessionUser, { archived = false } = {}) {
  return db().class.findMany({
    where: { teacherId: teacher.id, archivedAt: archived ? { not: null } : null },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      name: true,
      joinCode: true,
      createdAt: true,
      archivedAt: true,
      _count: { select: { enrollments: true, assignments: true } },
    },
  });
}

/** The teacher's own class, archived or not; null for anyone else's (the caller answers 404). */
export async function findTeacherClass(teacher: SessionUser, classId: string) {
  if (teacher.role !== 'TEACHER') return null;
  return db().class.findFirst({
    where: { id: classId, teacherId: teacher.id },
    select: { id: true, name: true, joinCode: true, archivedAt: true, createdAt: true },
  });
}

/** Runs a write that stores a fresh join code, retrying on the vanishingly rare collision. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  // A collision among ~10^12 codes is vanishingly rare; retry rather than fail if one happens.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await write(newJoinCode());
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  throw new Error('could not allocate a unique join code');
}

export async function createClass(teacher: SessionUser, name: string) {
  return withFreshCode((joinCode) =>
    db().class.create({
      data: { name, teacherId: teacher.id, joinCode },
      select: { id: true, joinCode: true },
    }),
  );
}

/** Every class write below matches on teacherId too, so a foreign class id changes nothing. */
async function updateOwnClass(
  teacher: SessionUser,
  classId: string,
  data: { name?: string; joinCode?: string | null; archivedAt?: Date | null },
) {
  const { count } = await db().class.updateMany({ where: { id: classId, teacherId: teacher.id }, data });
  return count === 1;
}

export function renameClass(teacher: SessionUser, classId: string, name: string): Promise<boolean> {
  return updateOwnClass(teacher, classId, { name });
}

/** Archiving hides the class from both homes and switches joining off; its data stays for export. */
export function archiveClass(teacher: SessionUser, classId: string): Promise<boolean> {
  return updateOwnClass(teacher, classId, { archivedAt: new Date(), joinCode: null });
}

/** Restores an archived class; joining stays off until the teacher switches it on again. */
export function restoreClass(teacher: SessionUser, classId: string): Promise<boolean> {
  return updateOwnClass(teacher, classId, { archivedAt: null });
}

/** A new code replaces the old one at once: the old code stops working (e.g. after it leaked). */
export function rotateJoinCode(teacher: SessionUser, classId: string): Promise<boolean> {
  return withFreshCode((joinCode) => updateOwnClass(teacher, classId, { joinCode }));
}

export function disableJoining(teacher: SessionUser, classId: string): Promise<boolean> {
  return updateOwnClass(teacher, classId, { joinCode: null });
}

export async function listStudentClasses(student: SessionUser) {
  return db().enrollment.findMany({
    where: { studentId: student.id, class: { archivedAt: null } },
    orderBy: { joinedAt: 'asc' },
    select: { class: { select: { id: true, name: true, teacher: { select: { displayName: true } } } } },
  });
}

export type TJoined = { className: string; already: boolean };

const NO_CLASS = refuse('not-found', 'That code does not open a class.');

/** Joins the class whose active code matches; a second join of the same class changes nothing. */
export async function joinClassByCode(student: SessionUser, typed: string): Promise<TOutcome<TJoined>> {
  if (student.role !== 'STUDENT') return refuse('forbidden', 'Only students join classes.');
  const code = normaliseJoinCode(typed);
  if (!code) return NO_CLASS;
  const cls = await db().class.findFirst({
    where: { joinCode: code, archivedAt: null },
    select: { id: true, name: true },
  });
  if (!cls) return NO_CLASS;
  const key = { classId_studentId: { classId: cls.id, studentId: student.id } };
  const existing = await db().enrollment.findUnique({ where: key, select: { joinedAt: true } });
  if (!existing)
    await db().enrollment.upsert({
      where: key,
      create: { classId: cls.id, studentId: student.id },
      update: {},
    });
  return accept({ className: cls.name, already: Boolean(existing) });
}
