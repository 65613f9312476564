/**
 * A date in a fixed, unambiguous form ("Mon 30 Nov 2026, 09:00 UTC") with a machine-readable
 * <time>. The server has no idea of the reader's zone, so it says which zone it shows.
 */
const FORMAT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

export function formatDateTime(value: Date | string): string {
  return `${FORMAT.format(new Date(value))} UTC`;
}

export function DateTime({ value }: { value: Date | string }) {
  const date = new Date(value);
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
}
