import { describe, expect, it } from 'vitest';
import { instantToWallTime, wallTimeToInstant } from '@/lib/dates/wall-time';
import { isTimeZone } from '@/lib/dates/zone';

describe('wallTimeToInstant: a teacher’s typed time means their own zone', () => {
  it('3:30 pm on Fri 4 Dec in New York, Los Angeles and London', () => {
    expect(wallTimeToInstant('2026-12-04T15:30', 'America/New_York')?.toISOString()).toBe(
      '2026-12-04T20:30:00.000Z',
    );
    expect(wallTimeToInstant('2026-12-04T15:30', 'America/Los_Angeles')?.toISOString()).toBe(
      '2026-12-04T23:30:00.000Z',
    );
    expect(wallTimeToInstant('2026-12-04T15:30', 'Europe/London')?.toISOString()).toBe(
      '2026-12-04T15:30:00.000Z',
    );
  });

  it('uses the offset on the typed date, not today’s: typed in November for a summer date', () => {
    // London is on GMT in November but BST in June; today's offset (0) would be an hour out.
    expect(wallTimeToInstant('2027-06-10T09:00', 'Europe/London')?.toISOString()).toBe(
      '2027-06-10T08:00:00.000Z',
    );
    expect(wallTimeToInstant('2027-06-10T09:00', 'America/New_York')?.toISOString()).toBe(
      '2027-06-10T13:00:00.000Z',
    );
  });

  it('is right on both sides of a clock change', () => {
    // New York springs forward at 2 am on 14 Mar 2027.
    expect(wallTimeToInstant('2027-03-14T01:30', 'America/New_York')?.toISOString()).toBe(
      '2027-03-14T06:30:00.000Z',
    );
    expect(wallTimeToInstant('2027-03-14T03:30', 'America/New_York')?.toISOString()).toBe(
      '2027-03-14T07:30:00.000Z',
    );
  });

  it('refuses dates that do not exist', () => {
    expect(wallTimeToInstant('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(wallTimeToInstant('2026-12-04T24:10', 'UTC')).toBeNull();
    expect(wallTimeToInstant('4/12/2026 3:30 PM', 'UTC')).toBeNull();
  });

  it('round-trips with instantToWallTime, so an edit form shows what was typed', () => {
    for (const zone of ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata']) {
      const instant = wallTimeToInstant('2026-12-04T15:30', zone);
      expect(instant && instantToWallTime(instant, zone)).toBe('2026-12-04T15:30');
    }
  });
});

describe('isTimeZone', () => {
  it('accepts IANA names and refuses anything else', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
