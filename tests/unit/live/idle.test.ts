import { describe, expect, it } from 'vitest';
import { IDLE_END_TEXT, LIVE_IDLE_HOURS, idleEndOf, lessonStatusText } from '@/lib/live/idle';

const HOUR = 60 * 60 * 1000;
const movedAt = new Date('2026-11-30T09:00:00Z');
const at = (hours: number) => new Date(movedAt.getTime() + hours * HOUR);

describe('a live lesson left without a move', () => {
  it('is idle from three hours after the last move, and ends at that moment whoever reads it later', () => {
    expect(LIVE_IDLE_HOURS).toBe(3);
    expect(idleEndOf({ movedAt, endedAt: null }, at(2.99))).toBeNull();
    expect(idleEndOf({ movedAt, endedAt: null }, at(3))).toEqual(at(3));
    expect(idleEndOf({ movedAt, endedAt: null }, at(50))).toEqual(at(3));
  });

  it('a double period with a break between two moves is not idle', () => {
    expect(idleEndOf({ movedAt, endedAt: null }, at(100 / 60 + 0.5))).toBeNull();
  });

  it('a lesson already ended is never ended again', () => {
    expect(idleEndOf({ movedAt, endedAt: at(1) }, at(10))).toBeNull();
  });

  it('says how a lesson ended', () => {
    expect(IDLE_END_TEXT).toBe('Ended automatically after 3 hours without a move');
    expect(lessonStatusText({ endedAt: null, endedIdle: false })).toBe('still running');
    expect(lessonStatusText({ endedAt: at(1), endedIdle: false })).toBe('ended');
    expect(lessonStatusText({ endedAt: at(3), endedIdle: true })).toBe(
      'ended automatically after 3 hours without a move',
    );
  });
});
