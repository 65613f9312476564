import { z } from 'zod';
import type { TCouncil } from './schema';
import {
  MAX_HUMANS,
  MIN_HUMANS,
  assignSeatsRoundRobin,
  playableSeatIds,
  type TSeatAssignment,
} from './seating';

/**
 * Seats chosen by the teacher, before the council opens or while it sits. A student holds one seat
 * at most or none (they follow the table); a seat nobody is given is played by its bot; the chair is
 * the teacher's. The same rules as the automatic deal: 1 to 32 students at the table.
 */

/** One student's seat as the form sends it: a seat id, or null for no seat. */
export type TSeatPick = { studentId: string; seatId: string | null };

export const ZSeatPicks = z
  .array(z.strictObject({ studentId: z.string().min(1).max(64), seatId: z.string().max(64).nullable() }))
  .max(500, 'That is more students than a class holds.');

/** The form's fields `seat:<student id>` (value: a seat id, or '' for no seat), in form order. */
export const SEAT_FIELD_PREFIX = 'seat:';

export function readSeatPicks(entries: Iterable<[string, unknown]>): TSeatPick[] {
  const picks: TSeatPick[] = [];
  for (const [name, value] of entries)
    if (name.startsWith(SEAT_FIELD_PREFIX) && typeof value === 'string')
      picks.push({ studentId: name.slice(SEAT_FIELD_PREFIX.length), seatId: value === '' ? null : value });
  return picks;
}

export type TSeatingCheck = { ok: true; seats: TSeatAssignment } | { ok: false; problem: string };

/** How the teacher seats the class: dealt round the table in joining order, or their own picks. */
export type TSeatingChoice = { mode: 'auto' } | { mode: 'hand'; picks: TSeatPick[] };

/** The class (in roster order) seated as the teacher chose. */
export function seatClass(
  council: TCouncil,
  students: readonly string[],
  choice: TSeatingChoice,
): TSeatingCheck {
  if (choice.mode === 'hand') return seatByHand(council, students, choice.picks);
  if (students.length < MIN_HUMANS) return { ok: false, problem: 'Add a student to the class first.' };
  if (students.length > MAX_HUMANS)
    return {
      ok: false,
      problem: `A council seats at most ${MAX_HUMANS} students; this class has ${students.length}. Choose the seats by hand.`,
    };
  return { ok: true, seats: assignSeatsRoundRobin(council, students) };
}

/**
 * Checks the teacher's picks against the class (in roster order) and the table, and builds the
 * assignment: every playable seat listed (empty for a bot), its students in roster order. A student
 * left out of the picks sits nowhere.
 */
export function seatByHand(
  council: TCouncil,
  classStudentIds: readonly string[],
  picks: readonly TSeatPick[],
): TSeatingCheck {
  const inClass = new Set(classStudentIds);
  const playable = playableSeatIds(council);
  const seatOf = new Map<string, string | null>();
  for (const { studentId, seatId } of picks) {
    if (!inClass.has(studentId))
      return { ok: false, problem: 'A student in the list is not in this class; reload the page.' };
    if (seatOf.has(studentId))
      return { ok: false, problem: 'A student is listed twice: each student holds one seat at most.' };
    if (seatId !== null && !playable.includes(seatId))
      return {
        ok: false,
        problem: council.seats.some((s) => s.id === seatId && s.role === 'chair')
          ? 'You chair the council: give each student a delegation’s or the envoy’s seat.'
          : 'Choose one of the table’s seats.',
      };
    seatOf.set(studentId, seatId);
  }
  const seated = classStudentIds.filter((id) => (seatOf.get(id) ?? null) !== null);
  if (seated.length < MIN_HUMANS) return { ok: false, problem: 'Give at least one student a seat.' };
  if (seated.length > MAX_HUMANS)
    return {
      ok: false,
      problem: `A council seats at most ${MAX_HUMANS} students; ${seated.length} have a seat.`,
    };
  const seats: TSeatAssignment = Object.fromEntries(
    playable.map((seatId) => [seatId, seated.filter((id) => seatOf.get(id) === seatId)]),
  );
  return { ok: true, seats };
}

/**
 * One student moved to another seat (or to none) while the council sits; everyone else stays. A
 * student seated earlier who has since left the class keeps their seat.
 */
export function reseatStudent(
  council: TCouncil,
  seats: TSeatAssignment,
  classStudentIds: readonly string[],
  studentId: string,
  seatId: string | null,
): TSeatingCheck {
  if (!classStudentIds.includes(studentId))
    return { ok: false, problem: 'That student is not in this class; reload the page.' };
  const seatedBefore = Object.values(seats).flat();
  const roster = [...classStudentIds, ...seatedBefore.filter((id) => !classStudentIds.includes(id))];
  const picks = Object.entries(seats)
    .flatMap(([seat, ids]) => ids.map((id) => ({ studentId: id, seatId: seat })))
    .filter((p) => p.studentId !== studentId);
  return seatByHand(council, roster, [...picks, { studentId, seatId }]);
}
