import 'server-only';
import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import { getCouncil } from '@/lib/council/catalog';
import { seatClass, type TSeatingChoice } from '@/lib/council/hand-seating';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { COUNCIL_SESSION_COLUMNS } from './council-rows';
import type { SessionUser } from './users';

/**
 * Councils of a class: open one, find it, list them. Playing is in council-act.ts; views in
 * council-views.ts.
 */

export const DEFAULT_COUNCIL_SLUG = 'the-council';

/** The session for its teacher, or for a student enrolled in its class; null for anyone else. */
export function findCouncilSession(user: SessionUser, sessionId: string) {
  const where =
    user.role === 'TEACHER'
      ? { id: sessionId, class: { teacherId: user.id } }
      : { id: sessionId, class: { archivedAt: null, enrollments: { some: { studentId: user.id } } } };
  return db().councilSession.findFirst({ where, select: COUNCIL_SESSION_COLUMNS });
}

/** The session's version for the SSE stream; null when it does not exist. */
export async function councilSessionVersion(sessionId: string): Promise<number | null> {
  const row = await db().councilSession.findUnique({ where: { id: sessionId }, select: { seq: true } });
  return row?.seq ?? null;
}

/** The class's councils, newest first. */
export function listClassCouncils(teacher: SessionUser, classId: string) {
  return db().councilSession.findMany({
    where: { classId, class: { teacherId: teacher.id } },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: 20,
    select: { id: true, contentSlug: true, status: true, startedAt: true, endedAt: true },
  });
}

/** How long after its end a council stays on the student's home, for the debrief and reflection. */
const DEBRIEF_HOURS = 12;

/** The councils a student can sit in now, or whose debrief is recent, in classes they belong to. */
export function listCurrentCouncilsForStudent(student: SessionUser, now = new Date()) {
  const since = new Date(now.getTime() - DEBRIEF_HOURS * 3600_000);
  return db().councilSession.findMany({
    where: {
      OR: [{ status: 'OPEN' }, { endedAt: { gte: since } }],
      class: { archivedAt: null, enrollments: { some: { studentId: student.id } } },
    },
    orderBy: { startedAt: 'desc' },
    select: { id: true, status: true, class: { select: { name: true } } },
  });
}

/**
 * Opens a council for a class: the enrolled students are dealt round the table (groups when the
 * class is larger than the table) or sat where the teacher chose, empty seats go to bots, the
 * teacher chairs. A class sits one council at a time; opening again while one sits (a double click)
 * returns it.
 */
export async function openCouncil(
  teacher: SessionUser,
  classId: string,
  seating: TSeatingChoice = { mode: 'auto' },
  slug: string = DEFAULT_COUNCIL_SLUG,
): Promise<TOutcome<{ sessionId: string }>> {
  const owned = await db().class.findFirst({
    where: { id: classId, teacherId: teacher.id, archivedAt: null },
    select: { id: true, enrollments: { orderBy: [{ joinedAt: 'asc' }, { studentId: 'asc' }] } },
  });
  if (!owned) return refuse('not-found', 'No such class.');
  const entry = getCouncil(slug);
  if (!entry) return refuse('not-found', 'No such council.');
  const students = owned.enrollments.map((e) => e.studentId);
  const seats = seatClass(entry.council, students, seating);
  if (!seats.ok) return refuse('invalid', seats.problem);

  const sitting = await db().councilSession.findFirst({
    where: { classId: owned.id, status: 'OPEN' },
    select: { id: true },
  });
  if (sitting) return accept({ sessionId: sitting.id });
  const created = await db().councilSession.create({
    data: {
      classId: owned.id,
      contentSlug: slug,
      contentVersion: entry.version,
      seed: randomInt(0, 2 ** 31 - 1),
      seats: JSON.stringify(seats.seats),
    },
    select: { id: true },
  });
  // Two clicks racing past the check above: keep the earliest sitting council, drop the other.
  const open = await db().councilSession.findMany({
    where: { classId: owned.id, status: 'OPEN' },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  const keep = open[0]?.id ?? created.id;
  if (keep !== created.id) {
    await db().councilSession.deleteMany({ where: { id: created.id, seq: 0 } });
    return accept({ sessionId: keep });
  }
  return accept({ sessionId: created.id });
}
