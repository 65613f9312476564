import { offsetMinutes, wallClock } from './zone';

/**
 * The value of an <input type="datetime-local"> ("2026-12-04T15:30") is a wall-clock time with no
 * zone. These turn it into an instant in the teacher's own zone and back, using the zone's rules on
 * THAT date (not today's offset), so a due date typed in November for a day after a clock change
 * still means what the teacher typed.
 */
const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isWallTime(value: string): boolean {
  return LOCAL_DATETIME.test(value);
}

/** The instant the wall-clock time `local` names in `timeZone`; null if `local` is not a real date. */
export function wallTimeToInstant(local: string, timeZone: string): Date | null {
  const m = LOCAL_DATETIME.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  // Two passes: the offset at the first guess can differ from the offset at the answer near a change.
  const first = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  const second = asUtc - offsetMinutes(new Date(first), timeZone) * 60_000;
  return new Date(second);
}

/** The datetime-local value showing `instant` in `timeZone`, to pre-fill an edit form. */
export function instantToWallTime(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}
