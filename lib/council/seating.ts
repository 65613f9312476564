import type { TCouncil } from './schema';

/** Seat id → the students sitting there; a seat with none is played by its bot. */
export type TSeatAssignment = Record<string, string[]>;

/** A council needs at least one student and fits a class of up to 32 (seats shared in groups). */
export const MIN_HUMANS = 1;
export const MAX_HUMANS = 32;

/** The seats students can hold: every delegation and the envoy (the teacher chairs). */
export function playableSeatIds(council: TCouncil): string[] {
  return council.seats.filter((s) => s.role !== 'chair').map((s) => s.id);
}

/**
 * Deals the students round the table in order: the first seat, the second, …, then again from the
 * first, so a class larger than the table sits in groups whose sizes differ by one at most, and a
 * class smaller than the table leaves the last seats to bots.
 */
export function assignSeatsRoundRobin(council: TCouncil, studentIds: readonly string[]): TSeatAssignment {
  const seatIds = playableSeatIds(council);
  const seats: TSeatAssignment = Object.fromEntries(seatIds.map((id) => [id, [] as string[]]));
  studentIds.forEach((studentId, i) => seats[seatIds[i % seatIds.length]!]!.push(studentId));
  return seats;
}

/** The seats nobody sits at: their bots move after each human action. */
export function botSeatIds(council: TCouncil, seats: TSeatAssignment): string[] {
  return playableSeatIds(council).filter((id) => (seats[id] ?? []).length === 0);
}

/** The seat a student holds, if any. */
export function seatOfStudent(seats: TSeatAssignment, studentId: string): string | null {
  return Object.entries(seats).find(([, ids]) => ids.includes(studentId))?.[0] ?? null;
}
