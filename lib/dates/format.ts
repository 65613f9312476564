import { calendarDay, wallClock } from './zone';

/**
 * The ONE way Open Door writes an instant for people: "Fri 4 Dec, 3:30 pm · in 3 days", in the
 * reader's zone. Pure: the caller passes the zone and "now", so the same call gives the same text on
 * the server and in the browser (and in tests). CSV exports keep ISO-8601 UTC instead.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function weekday(w: { year: number; month: number; day: number }): string {
  return WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()] ?? '';
}

/** "3:30 pm", "12:05 am", "9 am"; with seconds ("3:30:07 pm") for a live clock. */
export function formatClock(instant: Date, timeZone: string, seconds = false): string {
  const w = wallClock(instant, timeZone);
  const suffix = w.hour < 12 ? 'am' : 'pm';
  const hour = w.hour % 12 === 0 ? 12 : w.hour % 12;
  const two = (n: number) => String(n).padStart(2, '0');
  if (seconds) return `${hour}:${two(w.minute)}:${two(w.second)} ${suffix}`;
  return w.minute === 0 ? `${hour} ${suffix}` : `${hour}:${two(w.minute)} ${suffix}`;
}

/** "Fri 4 Dec", with the year only when it is not the reader's current year. */
export function formatDay(instant: Date, timeZone: string, now: Date): string {
  const w = wallClock(instant, timeZone);
  const base = `${weekday(w)} ${w.day} ${MONTHS[w.month - 1] ?? ''}`;
  return w.year === wallClock(now, timeZone).year ? base : `${base} ${w.year}`;
}

/** "Fri 4 Dec, 3:30 pm". */
export function formatDayTime(instant: Date, timeZone: string, now: Date): string {
  return `${formatDay(instant, timeZone, now)}, ${formatClock(instant, timeZone)}`;
}

const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * "in 10 minutes", "in 3 hours", "tomorrow", "in 3 days", "2 days ago"; null beyond six weeks,
 * where the date says enough. Whole days count calendar days in the reader's zone, so 11 pm
 * tonight → 9 am is "tomorrow" however few hours that is.
 */
export function formatRelative(instant: Date, timeZone: string, now: Date): string | null {
  const ms = instant.getTime() - now.getTime();
  const minutes = Math.round(ms / 60_000);
  if (Math.abs(minutes) < 1) return 'now';
  if (Math.abs(minutes) < 60) return RELATIVE.format(minutes, 'minute');
  const days = calendarDay(instant, timeZone) - calendarDay(now, timeZone);
  if (days === 0 || Math.abs(ms) < 6 * 3_600_000) return RELATIVE.format(Math.round(ms / 3_600_000), 'hour');
  if (Math.abs(days) <= 13) return RELATIVE.format(days, 'day');
  if (Math.abs(days) <= 42) return RELATIVE.format(Math.trunc(days / 7), 'week');
  return null;
}

/**
 * "Fri 4 Dec, 3:30 pm · in 3 days" (the relative part left out when it says nothing); with
 * `zoneLabel`, "Fri 4 Dec, 3:30 pm EST · in 3 days".
 */
export function formatWhen(instant: Date, timeZone: string, now: Date, zoneLabel?: string): string {
  const relative = formatRelative(instant, timeZone, now);
  const absolute = formatDayTime(instant, timeZone, now) + (zoneLabel ? ` ${zoneLabel}` : '');
  return relative ? `${absolute} · ${relative}` : absolute;
}

/**
 * The zone's short name: "EST", "PDT", "BST", "GMT", or "GMT+5:30" where no abbreviation is in
 * common use. en-US knows the American names, en-GB the British ones.
 */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const name = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  const us = name('en-US');
  if (!/^GMT[+-]/.test(us)) return us;
  const gb = name('en-GB');
  return gb;
}
