import { describe, expect, it } from 'vitest';
import { formatDayTime, formatRelative, formatWhen, zoneAbbreviation } from '@/lib/dates/format';

// The review's example: due Fri 4 Dec 2026, 3:30 pm in New York = 20:30 UTC.
const DUE = new Date('2026-12-04T20:30:00Z');
const TUESDAY = new Date('2026-12-01T15:00:00Z');

describe('formatWhen: one friendly format in the reader’s zone', () => {
  it('New York reads the time the teacher typed, with days to go', () => {
    expect(formatWhen(DUE, 'America/New_York', TUESDAY)).toBe('Fri 4 Dec, 3:30 pm · in 3 days');
  });

  it('can carry the zone’s name after the time', () => {
    expect(formatWhen(DUE, 'America/New_York', TUESDAY, 'EST')).toBe('Fri 4 Dec, 3:30 pm EST · in 3 days');
  });

  it('Los Angeles reads the same instant three hours earlier', () => {
    expect(formatWhen(DUE, 'America/Los_Angeles', TUESDAY)).toBe('Fri 4 Dec, 12:30 pm · in 3 days');
  });

  it('London reads it in the evening', () => {
    expect(formatWhen(DUE, 'Europe/London', TUESDAY)).toBe('Fri 4 Dec, 8:30 pm · in 3 days');
  });

  it('an instant near midnight UTC falls on different days in different zones', () => {
    // "Friday 23:59" in Los Angeles is Saturday 07:59 UTC: the LA pupil must still see Friday.
    const laFriday = new Date('2026-12-05T07:59:00Z');
    expect(formatDayTime(laFriday, 'America/Los_Angeles', TUESDAY)).toBe('Fri 4 Dec, 11:59 pm');
    expect(formatDayTime(laFriday, 'Europe/London', TUESDAY)).toBe('Sat 5 Dec, 7:59 am');
    expect(formatDayTime(laFriday, 'Asia/Kolkata', TUESDAY)).toBe('Sat 5 Dec, 1:29 pm');
  });

  it('shows the year only when it is not this year, and whole hours without minutes', () => {
    expect(formatDayTime(new Date('2027-01-08T14:00:00Z'), 'Europe/London', TUESDAY)).toBe(
      'Fri 8 Jan 2027, 2 pm',
    );
    expect(formatDayTime(new Date('2026-12-01T05:00:00Z'), 'UTC', TUESDAY)).toBe('Tue 1 Dec, 5 am');
    expect(formatDayTime(new Date('2026-12-01T00:05:00Z'), 'UTC', TUESDAY)).toBe('Tue 1 Dec, 12:05 am');
    expect(formatDayTime(new Date('2026-12-01T12:00:00Z'), 'UTC', TUESDAY)).toBe('Tue 1 Dec, 12 pm');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-12-01T22:00:00Z'); // 5 pm in New York, 10 pm in London

  it('minutes and hours close by, past and future', () => {
    expect(formatRelative(new Date('2026-12-01T22:10:00Z'), 'UTC', now)).toBe('in 10 minutes');
    expect(formatRelative(new Date('2026-12-01T19:00:00Z'), 'UTC', now)).toBe('3 hours ago');
    expect(formatRelative(new Date('2026-12-01T22:00:20Z'), 'UTC', now)).toBe('now');
  });

  it('counts calendar days in the reader’s zone: the same instant is "tomorrow" in London, tonight in New York', () => {
    const soon = new Date('2026-12-02T03:00:00Z'); // 3 am tomorrow in London: close enough to count hours
    expect(formatRelative(soon, 'Europe/London', now)).toBe('in 5 hours');
    const later = new Date('2026-12-02T07:00:00Z'); // 7 am Wed in London, 11 pm Tue in Los Angeles
    expect(formatRelative(later, 'Europe/London', now)).toBe('tomorrow');
    expect(formatRelative(later, 'America/Los_Angeles', now)).toBe('in 9 hours');
  });

  it('days ago, weeks, and nothing beyond six weeks', () => {
    expect(formatRelative(new Date('2026-11-29T12:00:00Z'), 'UTC', now)).toBe('2 days ago');
    expect(formatRelative(new Date('2026-12-20T12:00:00Z'), 'UTC', now)).toBe('in 2 weeks');
    expect(formatRelative(new Date('2027-03-01T12:00:00Z'), 'UTC', now)).toBeNull();
  });
});

describe('zoneAbbreviation', () => {
  it('names the zone as people there say it, summer and winter', () => {
    expect(zoneAbbreviation(DUE, 'America/New_York')).toBe('EST');
    expect(zoneAbbreviation(new Date('2026-07-01T12:00:00Z'), 'America/Los_Angeles')).toBe('PDT');
    expect(zoneAbbreviation(new Date('2026-07-01T12:00:00Z'), 'Europe/London')).toBe('BST');
    expect(zoneAbbreviation(DUE, 'Europe/London')).toBe('GMT');
    expect(zoneAbbreviation(DUE, 'Asia/Kolkata')).toBe('GMT+5:30');
  });
});
