import 'server-only';
import { db } from '@/lib/db';
import { getCouncil } from '@/lib/council/catalog';
import { reseatStudent } from '@/lib/council/hand-seating';
import type { TCouncil } from '@/lib/council/schema';
import { assignSeatsRoundRobin, seatOfStudent, type TSeatAssignment } from '@/lib/council/seating';
import type { TSeatingPlan } from '@/lib/council/view-types';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { realtimeBus } from '@/lib/realtime/server-bus';
import { compareNames } from '@/lib/roster/name-order';
import { DEFAULT_COUNCIL_SLUG, findCouncilSession } from './council';
import { loadCouncilNow } from './council-clock';
import { councilTopic, loadCouncilState } from './council-rows';
import type { SessionUser } from './users';

/**
 * Who sits where, for the teacher: the plan the seating form starts from, and moving one student
 * to another seat while the council sits. A move changes the session's seats (not its action log:
 * the record notes nothing of it) with the compare-and-set on `seq`, and publishes, so the student's
 * phone shows the new seat's brief when it next fetches its view.
 */

/** The class's students in joining order (the order seats are dealt in), with their names. */
async function classStudents(classId: string) {
  const rows = await db().enrollment.findMany({
    where: { classId },
    orderBy: [{ joinedAt: 'asc' }, { studentId: 'asc' }],
    select: { student: { select: { id: true, displayName: true } } },
  });
  return rows.map((r) => ({ id: r.student.id, name: r.student.displayName }));
}

function plan(council: TCouncil, seats: TSeatAssignment, students: { id: string; name: string }[]) {
  const value: TSeatingPlan = {
    seats: council.seats.filter((s) => s.role !== 'chair').map((s) => ({ id: s.id, name: s.name })),
    students: students
      .map((s) => ({ ...s, seatId: seatOfStudent(seats, s.id) }))
      .sort((a, b) => compareNames(a.name, b.name) || a.id.localeCompare(b.id)),
  };
  return value;
}

/** Before opening: each student with the seat the automatic deal would give them. */
export async function seatingPlanForClass(
  teacher: SessionUser,
  classId: string,
): Promise<TSeatingPlan | null> {
  const owned = await db().class.findFirst({
    where: { id: classId, teacherId: teacher.id },
    select: { id: true },
  });
  const entry = getCouncil(DEFAULT_COUNCIL_SLUG);
  if (!owned || !entry || teacher.role !== 'TEACHER') return null;
  const students = await classStudents(classId);
  return plan(
    entry.council,
    assignSeatsRoundRobin(
      entry.council,
      students.map((s) => s.id),
    ),
    students,
  );
}

/** A sitting council: each student of the class, and anyone seated who has since left, with their seat. */
export async function seatingPlanForCouncil(
  teacher: SessionUser,
  sessionId: string,
): Promise<TSeatingPlan | null> {
  const row = await findCouncilSession(teacher, sessionId);
  const loaded = row && teacher.role === 'TEACHER' ? loadCouncilState(row) : null;
  if (!loaded) return null;
  const students = await classStudents(loaded.row.classId);
  const enrolled = new Set(students.map((s) => s.id));
  const left = Object.values(loaded.seats)
    .flat()
    .filter((id) => !enrolled.has(id));
  const names = await db().user.findMany({
    where: { id: { in: left } },
    select: { id: true, displayName: true },
  });
  return plan(loaded.council, loaded.seats, [
    ...students,
    ...names.map((u) => ({ id: u.id, name: u.displayName })),
  ]);
}

const ATTEMPTS = 10;

/** Moves one student to another seat (null: no seat, they follow the table) while the council sits. */
export async function moveStudentToSeat(
  teacher: SessionUser,
  input: { classId: string; sessionId: string; studentId: string; seatId: string | null },
  now = new Date(),
): Promise<TOutcome<{ student: string; seat: string | null }>> {
  if (teacher.role !== 'TEACHER') return refuse('not-found', 'No such council.');
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const read = await loadCouncilNow(teacher, input.sessionId, now);
    if (!read.ok) return read;
    const loaded = read.value;
    const { row } = loaded;
    if (row.classId !== input.classId) return refuse('not-found', 'No such council.');
    if (loaded.state.ended) return refuse('closed', 'The council has ended: its seats can no longer change.');
    const students = await classStudents(row.classId);
    const student = students.find((s) => s.id === input.studentId);
    if (!student) return refuse('not-found', 'No such student in this class.');
    const ids = students.map((s) => s.id);
    const moved = reseatStudent(loaded.council, loaded.seats, ids, student.id, input.seatId);
    if (!moved.ok) return refuse('invalid', moved.problem);
    const claimed = await db().councilSession.updateMany({
      where: { id: row.id, seq: loaded.row.seq, status: 'OPEN' },
      data: { seats: JSON.stringify(moved.seats), seq: { increment: 1 } },
    });
    if (claimed.count === 1) {
      await realtimeBus().publish(councilTopic(row.id));
      const seat = loaded.council.seats.find((s) => s.id === input.seatId)?.name ?? null;
      return accept({ student: student.name, seat });
    }
  }
  return refuse('stale', 'The council is changing fast; try again.');
}
