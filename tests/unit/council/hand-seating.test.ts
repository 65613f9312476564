import { describe, expect, it } from 'vitest';
import { getCouncil } from '@/lib/council/catalog';
import { readSeatPicks, reseatStudent, seatByHand, seatClass } from '@/lib/council/hand-seating';
import { botSeatIds } from '@/lib/council/seating';

const council = getCouncil('the-council')!.council;
const roster = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}`);
const empty = {
  'ukraine-envoy': [],
  'united-states': [],
  germany: [],
  'frontline-ally': [],
  'large-western-ally': [],
  'holdout-ally': [],
  'swing-ally': [],
};

describe('seats chosen by the teacher', () => {
  it('builds every seat, students in roster order, the unchosen seats left to bots', () => {
    const result = seatByHand(council, roster(4), [
      { studentId: 's3', seatId: 'germany' },
      { studentId: 's1', seatId: 'germany' },
      { studentId: 's2', seatId: 'holdout-ally' },
      { studentId: 's4', seatId: null },
    ]);
    expect(result).toEqual({
      ok: true,
      seats: { ...empty, germany: ['s1', 's3'], 'holdout-ally': ['s2'] },
    });
    if (result.ok) expect(botSeatIds(council, result.seats)).toHaveLength(5);
  });

  it('refuses a student twice, a student of another class, an unknown seat and the chair', () => {
    const twice = seatByHand(council, roster(2), [
      { studentId: 's1', seatId: 'germany' },
      { studentId: 's1', seatId: 'swing-ally' },
    ]);
    expect(twice).toEqual({
      ok: false,
      problem: 'A student is listed twice: each student holds one seat at most.',
    });
    expect(seatByHand(council, roster(2), [{ studentId: 'stranger', seatId: 'germany' }])).toMatchObject({
      ok: false,
      problem: 'A student in the list is not in this class; reload the page.',
    });
    expect(seatByHand(council, roster(2), [{ studentId: 's1', seatId: 'france' }])).toEqual({
      ok: false,
      problem: 'Choose one of the table’s seats.',
    });
    expect(seatByHand(council, roster(2), [{ studentId: 's1', seatId: 'chair' }])).toEqual({
      ok: false,
      problem: 'You chair the council: give each student a delegation’s or the envoy’s seat.',
    });
  });

  it('needs 1 to 32 students at the table; the rest of a larger class may follow without a seat', () => {
    expect(seatByHand(council, roster(3), [{ studentId: 's1', seatId: null }])).toEqual({
      ok: false,
      problem: 'Give at least one student a seat.',
    });
    const seatsOf = (n: number) => roster(n).map((studentId) => ({ studentId, seatId: 'swing-ally' }));
    expect(seatByHand(council, roster(33), seatsOf(33))).toEqual({
      ok: false,
      problem: 'A council seats at most 32 students; 33 have a seat.',
    });
    const seated = seatByHand(council, roster(33), seatsOf(32));
    expect(seated.ok && seated.seats['swing-ally']).toHaveLength(32);
  });

  it('automatic seating deals the class in joining order; a class over 32 is told to choose by hand', () => {
    const dealt = seatClass(council, roster(2), { mode: 'auto' });
    expect(dealt).toEqual({
      ok: true,
      seats: { ...empty, 'ukraine-envoy': ['s1'], 'united-states': ['s2'] },
    });
    expect(seatClass(council, [], { mode: 'auto' })).toEqual({
      ok: false,
      problem: 'Add a student to the class first.',
    });
    expect(seatClass(council, roster(33), { mode: 'auto' })).toEqual({
      ok: false,
      problem: 'A council seats at most 32 students; this class has 33. Choose the seats by hand.',
    });
    const byHand = seatClass(council, roster(33), {
      mode: 'hand',
      picks: [{ studentId: 's7', seatId: 'germany' }],
    });
    expect(byHand.ok && byHand.seats['germany']).toEqual(['s7']);
  });

  it('reads the form’s seat fields: a seat id, or none', () => {
    const form: [string, unknown][] = [
      ['classId', 'c1'],
      ['seat:s1', 'germany'],
      ['seat:s2', ''],
      ['seat:s3', { name: 'a file' }],
    ];
    expect(readSeatPicks(form)).toEqual([
      { studentId: 's1', seatId: 'germany' },
      { studentId: 's2', seatId: null },
    ]);
  });
});

describe('moving a student while the council sits', () => {
  const sitting = { ...empty, germany: ['s1', 's2'], 'united-states': ['s3'] };

  it('moves one student and leaves everyone else where they were', () => {
    expect(reseatStudent(council, sitting, roster(4), 's2', 'swing-ally')).toEqual({
      ok: true,
      seats: { ...empty, germany: ['s1'], 'united-states': ['s3'], 'swing-ally': ['s2'] },
    });
    // A latecomer with no seat is given one; a student can also be stood down to follow the table.
    const seated = reseatStudent(council, sitting, roster(4), 's4', 'germany');
    expect(seated.ok && seated.seats['germany']).toEqual(['s1', 's2', 's4']);
    const stood = reseatStudent(council, sitting, roster(4), 's3', null);
    expect(stood.ok && stood.seats['united-states']).toEqual([]);
  });

  it('keeps a student who has left the class in their seat; refuses a stranger and the last seat emptied', () => {
    const left = reseatStudent(council, sitting, ['s1', 's3'], 's3', 'germany');
    expect(left.ok && left.seats['germany']).toEqual(['s1', 's3', 's2']);
    expect(reseatStudent(council, sitting, roster(3), 'stranger', 'germany')).toMatchObject({ ok: false });
    const alone = { ...empty, germany: ['s1'] };
    expect(reseatStudent(council, alone, roster(1), 's1', null)).toEqual({
      ok: false,
      problem: 'Give at least one student a seat.',
    });
  });
});
