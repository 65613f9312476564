import 'server-only';
import { db } from '@/lib/db';
import { getCouncil } from '@/lib/council/catalog';
import { seatOfStudent } from '@/lib/council/seating';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { findCouncilSession } from './council';
import { seatsOf } from './council-rows';
import type { SessionUser } from './users';

/** "What would it have taken for your seat to agree?": one answer per student per council, editable. */

export const REFLECTION_MAX_CHARS = 2000;

export async function saveCouncilReflection(
  student: SessionUser,
  sessionId: string,
  text: string,
): Promise<TOutcome<{ saved: true }>> {
  if (student.role !== 'STUDENT') return refuse('not-found', 'No such council.');
  const row = await findCouncilSession(student, sessionId);
  if (!row) return refuse('not-found', 'No such council.');
  if (row.status !== 'ENDED') return refuse('invalid', 'The reflection opens when the council ends.');
  const seatId = seatOfStudent(seatsOf(row), student.id);
  if (!seatId) return refuse('forbidden', 'You had no seat at this council.');
  await db().councilReflection.upsert({
    where: { sessionId_studentId: { sessionId, studentId: student.id } },
    create: { sessionId, studentId: student.id, seatId, text },
    update: { text },
  });
  return accept({ saved: true });
}

export async function findOwnCouncilReflection(
  student: SessionUser,
  sessionId: string,
): Promise<string | null> {
  const row = await db().councilReflection.findUnique({
    where: { sessionId_studentId: { sessionId, studentId: student.id } },
    select: { text: true },
  });
  return row?.text ?? null;
}

/** Every student's reflection on a council, for its teacher, in seat order. */
export async function listCouncilReflections(teacher: SessionUser, sessionId: string) {
  const row = await findCouncilSession(teacher, sessionId);
  if (!row || teacher.role !== 'TEACHER') return [];
  const seatOrder = getCouncil(row.contentSlug)?.council.seats ?? [];
  const reflections = await db().councilReflection.findMany({
    where: { sessionId },
    select: { seatId: true, text: true, updatedAt: true, student: { select: { displayName: true } } },
    orderBy: [{ updatedAt: 'asc' }],
  });
  const position = (id: string) => seatOrder.findIndex((s) => s.id === id);
  return reflections
    .map((r) => ({
      seatId: r.seatId,
      seatName: seatOrder.find((s) => s.id === r.seatId)?.name ?? r.seatId,
      student: r.student.displayName,
      text: r.text,
    }))
    .sort((a, b) => position(a.seatId) - position(b.seatId));
}
