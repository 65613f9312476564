import { describe, expect, it } from 'vitest';
import { getCouncil } from '@/lib/council/catalog';
import { assignSeatsRoundRobin, botSeatIds, playableSeatIds, seatOfStudent } from '@/lib/council/seating';

const council = getCouncil('the-council')!.council;
const students = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}`);

describe('seating a class round the table', () => {
  it('the teacher chairs: students sit at the envoy and the delegations only', () => {
    expect(playableSeatIds(council)).not.toContain('chair');
    expect(playableSeatIds(council)).toHaveLength(7);
  });

  it('one student alone holds the first seat; every other seat is a bot', () => {
    const seats = assignSeatsRoundRobin(council, ['solo']);
    expect(seatOfStudent(seats, 'solo')).toBe('ukraine-envoy');
    expect(botSeatIds(council, seats)).toHaveLength(6);
  });

  it('a class of 30 sits in groups of four or five, every student once, no bots', () => {
    const seats = assignSeatsRoundRobin(council, students(30));
    const sizes = Object.values(seats).map((ids) => ids.length);
    expect(sizes.sort()).toEqual([4, 4, 4, 4, 4, 5, 5]);
    expect(Object.values(seats).flat().sort()).toEqual(students(30).sort());
    expect(botSeatIds(council, seats)).toEqual([]);
  });

  it('eight students: one seat has two, none is a bot', () => {
    const seats = assignSeatsRoundRobin(council, students(8));
    expect(seats['ukraine-envoy']).toEqual(['s1', 's8']);
    expect(botSeatIds(council, seats)).toEqual([]);
  });
});
