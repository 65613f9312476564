import 'server-only';
import { db } from '@/lib/db';
import { newJoinCode, normaliseJoinCode } from '@/lib/join-code';
import type { SessionUser } from './users';

export async function listTeacherClasses(teacher: SessionUser) {
  return db().class.findMany({
    where: { teacherId: teacher.id, archivedAt: null },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, joinCode: true, createdAt: true, _count: { select: { enrollments: true, assignments: true } } },
  });
}

export async function createClass(teacher: SessionUser, name: string) {
  // A collision among ~10^12 codes is vanishingly rare; retry rather than fail if one happens.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db().class.create({
        data: { name, teacherId: teacher.id, joinCode: newJoinCode() },
        select: { id: true, joinCode: true },
      });
    } catch (err) {
      if ((err as { code?: string }).code !== 'P2002') throw err;
    }
  }
  throw new Error('could not allocate a unique join code');
}

export async function listStudentClasses(student: SessionUser) {
  return db().enrollment.findMany({
    where: { studentId: student.id, class: { archivedAt: null } },
    orderBy: { joinedAt: 'asc' },
    select: { class: { select: { id: true, name: true, teacher: { select: { displayName: true } } } } },
  });
}

export type JoinResult = { ok: true; className: string; already: boolean } | { ok: false };

/** Joins the class whose active code matches; a second join of the same class changes nothing. */
export async function joinClassByCode(student: SessionUser, typed: string): Promise<JoinResult> {
  const code = normaliseJoinCode(typed);
  if (!code) return { ok: false };
  const cls = await db().class.findFirst({ where: { joinCode: code, archivedAt: null }, select: { id: true, name: true } });
  if (!cls) return { ok: false };
  const key = { classId_studentId: { classId: cls.id, studentId: student.id } };
  const existing = await db().enrollment.findUnique({ where: key, select: { joinedAt: true } });
  if (!existing) await db().enrollment.upsert({ where: key, create: { classId: cls.id, studentId: student.id }, update: {} });
  return { ok: true, className: cls.name, already: Boolean(existing) };
}
