import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCouncil } from '@/lib/council/catalog';
import { openCouncil } from '@/lib/dal/council';
import { moveInCouncil } from '@/lib/dal/council-act';
import { moveStudentToSeat, seatingPlanForClass, seatingPlanForCouncil } from '@/lib/dal/council-seats';
import { getCouncilPhoneView, getCouncilPresenterView } from '@/lib/dal/council-views';
import type { SessionUser } from '@/lib/dal/users';
import { councilTestbed } from './support/council-class';
import { databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';

const council = getCouncil('the-council')!.council;
/** Every claim of a seat's brief. */
const briefTexts = (seatId: string) => {
  const brief = council.seats.find((s) => s.id === seatId)!.brief;
  return [...brief.interests, ...brief.redLines, ...brief.domesticConstraints, ...brief.whatWouldMove].map(
    (c) => c.text,
  );
};

describe.each(databaseKinds())('seats chosen by the teacher on %s', (kind) => {
  let t: TestDatabase;
  let teacher: SessionUser;
  let students: SessionUser[];
  let classId: string;
  let sessionId: string;
  let published: string[];

  beforeAll(async () => {
    ({ t, teacher, classId, students, published } = await councilTestbed(kind, 'Year 10', 'pupil', 4));
  });
  afterAll(() => t?.drop());

  const ann = () => students[0]!;
  const ben = () => students[1]!;
  const cat = () => students[2]!;
  const dan = () => students[3]!;

  /** The phone's view: its seat, and whether any other seat's brief reached it (bots' statements aside). */
  async function phone(student: SessionUser) {
    const view = await getCouncilPhoneView(student, sessionId);
    if (!view.ok) throw new Error(view.reason);
    const sent = JSON.stringify(view.value);
    const spoken = JSON.stringify(view.value.table.state);
    const leaked = council.seats
      .filter((s) => s.id !== view.value.seat?.id)
      .flatMap((s) => briefTexts(s.id))
      .filter((text) => !spoken.includes(text.slice(0, 400)) && sent.includes(text));
    return { seat: view.value.seat?.id ?? null, sent, leaked };
  }

  it('the form starts from the automatic deal, students by name', async () => {
    const plan = await seatingPlanForClass(teacher, classId);
    expect(plan?.seats.map((s) => s.id)).not.toContain('chair');
    expect(plan?.students.map((s) => [s.name, s.seatId])).toEqual([
      ['pupil 1', 'ukraine-envoy'],
      ['pupil 2', 'united-states'],
      ['pupil 3', 'germany'],
      ['pupil 4', 'frontline-ally'],
    ]);
    const stranger = await makeUser(t.db, 'TEACHER');
    expect(await seatingPlanForClass(stranger, classId)).toBeNull();
  });

  it('refuses a seating that breaks the rules, and stores nothing', async () => {
    const hand = (picks: { studentId: string; seatId: string | null }[]) =>
      openCouncil(teacher, classId, { mode: 'hand', picks });
    expect(
      await hand([
        { studentId: ann().id, seatId: 'germany' },
        { studentId: ann().id, seatId: 'swing-ally' },
      ]),
    ).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await hand([{ studentId: ann().id, seatId: 'chair' }])).toMatchObject({ ok: false });
    expect(await hand([{ studentId: ann().id, seatId: 'atlantis' }])).toMatchObject({ ok: false });
    expect(await hand([{ studentId: ann().id, seatId: null }])).toMatchObject({
      ok: false,
      reason: 'Give at least one student a seat.',
    });
    expect(await t.db.councilSession.count({ where: { classId } })).toBe(0);
  });

  it('a hand seating is stored; each phone shows its chosen seat’s brief only; a seatless student watches', async () => {
    const opened = await openCouncil(teacher, classId, {
      mode: 'hand',
      picks: [
        { studentId: ann().id, seatId: 'holdout-ally' },
        { studentId: ben().id, seatId: 'germany' },
        { studentId: cat().id, seatId: 'germany' },
        { studentId: dan().id, seatId: null },
      ],
    });
    if (!opened.ok) throw new Error(opened.reason);
    sessionId = opened.value.sessionId;
    const stored = JSON.parse(
      (await t.db.councilSession.findUniqueOrThrow({ where: { id: sessionId } })).seats,
    );
    expect(stored).toEqual({
      'ukraine-envoy': [],
      'united-states': [],
      germany: [ben().id, cat().id],
      'frontline-ally': [],
      'large-western-ally': [],
      'holdout-ally': [ann().id],
      'swing-ally': [],
    });

    const annPhone = await phone(ann());
    expect(annPhone.seat).toBe('holdout-ally');
    for (const text of briefTexts('holdout-ally')) expect(annPhone.sent).toContain(text);
    expect(annPhone.leaked).toEqual([]);
    const benPhone = await phone(ben());
    expect(benPhone.seat).toBe('germany');
    for (const text of briefTexts('germany')) expect(benPhone.sent).toContain(text);
    expect(benPhone.leaked).toEqual([]);
    const danPhone = await phone(dan());
    expect(danPhone.seat).toBeNull();
    expect(danPhone.leaked).toEqual([]);

    const presenter = await getCouncilPresenterView(teacher, sessionId);
    const seating = presenter.ok ? presenter.value.seating : [];
    expect(seating.find((s) => s.seatId === 'germany')).toEqual({
      seatId: 'germany',
      students: ['pupil 2', 'pupil 3'],
      bot: false,
    });
    expect(seating.filter((s) => s.bot).map((s) => s.seatId)).toHaveLength(5);
  });

  it('the teacher moves a student while the council sits: their next view is the new seat, the log notes nothing', async () => {
    const before = await t.db.councilSession.findUniqueOrThrow({ where: { id: sessionId } });
    published.length = 0;
    const moved = await moveStudentToSeat(teacher, {
      classId,
      sessionId,
      studentId: cat().id,
      seatId: 'united-states',
    });
    expect(moved).toEqual({ ok: true, value: { student: 'pupil 3', seat: 'United States' } });
    const catPhone = await phone(cat());
    expect(catPhone.seat).toBe('united-states');
    for (const text of briefTexts('united-states')) expect(catPhone.sent).toContain(text);
    expect(catPhone.leaked).toEqual([]);
    const after = await t.db.councilSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(after.actions).toBe(before.actions);
    expect(after.seq).toBe(before.seq + 1);
    expect(published).toEqual([`council:${sessionId}`]);
    // The seat's moves are now hers: she speaks as the United States.
    await moveInCouncil(teacher, sessionId, {
      clientId: 'seat-test-table-1',
      seq: after.seq,
      move: { type: 'table', proposalId: 'defer', amendmentIds: [] },
    });
    const seq = (await t.db.councilSession.findUniqueOrThrow({ where: { id: sessionId } })).seq;
    const spoke = await moveInCouncil(cat(), sessionId, {
      clientId: 'seat-test-state-1',
      seq,
      move: { type: 'state', text: 'Washington takes the floor.' },
    });
    expect(spoke).toMatchObject({ ok: true });
    const log = JSON.parse(
      (await t.db.councilSession.findUniqueOrThrow({ where: { id: sessionId } })).actions,
    );
    expect(log.find((a: { clientId: string }) => a.clientId === 'seat-test-state-1')).toMatchObject({
      seatId: 'united-states',
    });

    const plan = await seatingPlanForCouncil(teacher, sessionId);
    expect(plan?.students.find((s) => s.id === cat().id)?.seatId).toBe('united-states');
  });

  it('refuses a move that empties the table, a stranger, another class, another teacher, and an ended council', async () => {
    const input = { classId, sessionId, studentId: dan().id, seatId: 'atlantis' };
    expect(await moveStudentToSeat(teacher, input)).toMatchObject({ ok: false, kind: 'invalid' });
    const outsider = await makeUser(t.db, 'STUDENT', 'outsider');
    expect(
      await moveStudentToSeat(teacher, { ...input, studentId: outsider.id, seatId: 'germany' }),
    ).toMatchObject({ ok: false, kind: 'not-found' });
    expect(
      await moveStudentToSeat(teacher, { ...input, classId: 'other-class', seatId: 'germany' }),
    ).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    const stranger = await makeUser(t.db, 'TEACHER');
    expect(await moveStudentToSeat(stranger, { ...input, seatId: 'germany' })).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    const seq = (await t.db.councilSession.findUniqueOrThrow({ where: { id: sessionId } })).seq;
    await moveInCouncil(teacher, sessionId, { clientId: 'seat-test-end-1', seq, move: { type: 'end' } });
    expect(await moveStudentToSeat(teacher, { ...input, seatId: 'germany' })).toMatchObject({
      ok: false,
      kind: 'closed',
    });
  });
});
