'use client';
import { formatClock, formatDayTime, formatWhen, zoneAbbreviation } from '@/lib/dates/format';
import { useReaderZone } from './use-reader-zone';

type Props = {
  /** The instant, as an ISO string or a Date. */
  value: string | Date;
  /**
   * "when" (default): "Fri 4 Dec, 3:30 pm · in 3 days"; "day-time": without the relative part;
   * "clock": "3:30:07 pm" (the board's last update).
   */
  form?: 'when' | 'day-time' | 'clock';
  /** Show the zone's name ("EST") after the time; it is always in the tooltip. */
  showZone?: boolean;
};

/**
 * Every date a person reads in Open Door goes through this: the reader's own zone, one format.
 * Before the browser has said its zone (server render) it shows UTC and says so.
 */
export function LocalTime({ value, form = 'when', showZone = false }: Props) {
  const zone = useReaderZone();
  const instant = new Date(value);
  const timeZone = zone ?? 'UTC';
  const abbreviation = zoneAbbreviation(instant, timeZone);
  // Before the browser has said its zone, the text is UTC and says so.
  const label = showZone || !zone ? abbreviation : undefined;
  // "now" only once the browser renders: the server's clock would not match at hydration.
  const text =
    form === 'clock'
      ? formatClock(instant, timeZone, true) + (label ? ` ${label}` : '')
      : form === 'when' && zone
        ? formatWhen(instant, timeZone, new Date(), label)
        : formatDayTime(instant, timeZone, zone ? new Date() : instant) + (label ? ` ${label}` : '');
  return (
    <time dateTime={instant.toISOString()} title={`Times in ${zone ?? 'UTC'} (${abbreviation})`}>
      {text}
    </time>
  );
}
