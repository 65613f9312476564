import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { getCouncil } from '@/lib/council/catalog';
import { replayCouncil } from '@/lib/council/engine';
import type { TCouncilAction } from '@/lib/council/state';
import { openCouncil } from '@/lib/dal/council';
import { moveInCouncil, type TMoveInput } from '@/lib/dal/council-act';
import {
  findOwnCouncilReflection,
  listCouncilReflections,
  saveCouncilReflection,
} from '@/lib/dal/council-reflections';
import { getCouncilPhoneView, getCouncilPresenterView } from '@/lib/dal/council-views';
import type { SessionUser } from '@/lib/dal/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { councilClass } from './support/council-class';
import { recordRealtimeTopics } from './support/recording-bus';
import { makeUser } from './support/teacher-fixtures';

const council = getCouncil('the-council')!.council;
let ids = 0;
const clientId = () => `client-${Date.now().toString(36)}-${++ids}`;

describe.each(databaseKinds())('councils on %s', (kind) => {
  let t: TestDatabase;
  let teacher: SessionUser;
  let students: SessionUser[];
  let classId: string;
  /** A class of seven fills every seat: no bot moves, so every silence is the humans' to break. */
  let full: SessionUser[];
  let fullClassId: string;
  const published: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
    recordRealtimeTopics(published);
    teacher = await makeUser(t.db, 'TEACHER');
    ({ classId, students } = await classOf('Year 11', 'pupil', 3));
    ({ classId: fullClassId, students: full } = await classOf('Year 12', 'member', 7));
  });

  const classOf = (name: string, prefix: string, size: number) =>
    councilClass(t.db, teacher, name, prefix, size);
  afterAll(() => t?.drop());

  const row = (id: string) => t.db.councilSession.findUniqueOrThrow({ where: { id } });
  const log = async (id: string) => JSON.parse((await row(id)).actions) as TCouncilAction[];
  async function move(user: SessionUser, id: string, m: TMoveInput['move'], cid = clientId()) {
    return moveInCouncil(user, id, { clientId: cid, seq: (await row(id)).seq, move: m });
  }

  it('opens one council per class, deals the students round the table, leaves the rest to bots', async () => {
    const [first, again] = await Promise.all([openCouncil(teacher, classId), openCouncil(teacher, classId)]);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.value.sessionId).toBe(first.value.sessionId);
    expect(await t.db.councilSession.count({ where: { classId } })).toBe(1);
    const seats = JSON.parse((await row(first.value.sessionId)).seats) as Record<string, string[]>;
    // Seats in file order after the chair: envoy, united-states, germany, then bots.
    expect(seats['ukraine-envoy']).toEqual([students[0]!.id]);
    expect(seats['united-states']).toEqual([students[1]!.id]);
    expect(seats['germany']).toEqual([students[2]!.id]);
    expect(seats['holdout-ally']).toEqual([]);
    expect(seats['chair']).toBeUndefined();
  });

  it('records a double submit once; bots speak after the chair tables; a student cannot chair', async () => {
    const id = (await t.db.councilSession.findFirstOrThrow({ where: { classId } })).id;
    published.length = 0;
    const table = { type: 'table' as const, proposalId: 'defer', amendmentIds: [] };
    expect(await move(students[1]!, id, table)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await move(teacher, id, table)).toMatchObject({ ok: true, value: { applied: true } });
    const afterTable = await log(id);
    // The four bot delegations spoke on the draft at once; the human seats did not.
    const botStatements = afterTable
      .filter((a) => a.type === 'state')
      .map((a) => (a as { seatId: string }).seatId);
    expect(botStatements.sort()).toEqual([
      'frontline-ally',
      'holdout-ally',
      'large-western-ally',
      'swing-ally',
    ]);
    expect(published).toEqual([`council:${id}`]);

    const cid = clientId();
    const statement = { type: 'state' as const, text: 'Germany will not be rushed.' };
    const twice = await Promise.all(Array.from({ length: 5 }, () => move(students[2]!, id, statement, cid)));
    expect(twice.every((r) => r.ok)).toBe(true);
    expect((await log(id)).filter((a) => a.clientId === cid)).toHaveLength(1);
    // A student's own seat comes from the server: they spoke as Germany.
    expect((await log(id)).find((a) => a.clientId === cid)).toMatchObject({ seatId: 'germany' });
  });

  it('concurrent statements from different seats all land; concurrent silence breaks: one wins, one is told stale', async () => {
    const opened = await openCouncil(teacher, fullClassId);
    if (!opened.ok) throw new Error(opened.reason);
    const id = opened.value.sessionId;
    // full[0] is the envoy; full[1] the United States, full[2] Germany.
    expect(
      await move(teacher, id, { type: 'table', proposalId: 'invite-now', amendmentIds: [] }),
    ).toMatchObject({
      ok: true,
    });
    const spoken = await Promise.all(
      full.map((s, i) => move(s, id, { type: 'state', text: `Delegation ${i} has its say.` })),
    );
    expect(spoken.filter((r) => !r.ok)).toEqual([]);
    expect((await log(id)).filter((x) => x.type === 'state')).toHaveLength(7);

    expect(await move(teacher, id, { type: 'open-silence' })).toMatchObject({ ok: true });
    const seq = (await row(id)).seq;
    const reason = 'We cannot accept this draft as it stands today.';
    const results = await Promise.all(
      [full[1]!, full[2]!].map((s) =>
        moveInCouncil(s, id, { clientId: clientId(), seq, move: { type: 'break-silence', reason } }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.kind === 'stale')).toHaveLength(1);
    expect((await log(id)).filter((x) => x.type === 'break-silence')).toHaveLength(1);
    const replayed = replayCouncil(council, (await row(id)).seed, await log(id));
    expect(replayed.ok && replayed.state.round).toBe(2);
    // The envoy has a voice but no consent to withhold.
    expect(await move(full[0]!, id, { type: 'break-silence', reason })).toMatchObject({ ok: false });
  });

  it('the chair closes an unbroken silence and the draft is adopted; the session ends', async () => {
    const id = (await t.db.councilSession.findFirstOrThrow({ where: { classId: fullClassId } })).id;
    expect(await move(teacher, id, { type: 'table', proposalId: 'defer', amendmentIds: [] })).toMatchObject({
      ok: true,
    });
    expect(await move(teacher, id, { type: 'close-silence' })).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await move(teacher, id, { type: 'open-silence' })).toMatchObject({ ok: true });
    expect(await move(teacher, id, { type: 'close-silence' })).toMatchObject({ ok: true });
    const done = await row(id);
    expect(done.status).toBe('ENDED');
    expect(done.endedAt).not.toBeNull();
    const end = replayCouncil(council, done.seed, JSON.parse(done.actions) as TCouncilAction[]);
    expect(end.ok && end.state.ended).toMatchObject({ outcome: 'adopted', draft: { proposalId: 'defer' } });
    expect(await move(full[3]!, id, { type: 'state', text: 'Too late.' })).toMatchObject({
      ok: false,
      kind: 'closed',
    });
  });

  /** Every claim of a seat's brief, as the text that would give it away. */
  const briefTexts = (seatId: string) => {
    const brief = council.seats.find((s) => s.id === seatId)!.brief;
    return [...brief.interests, ...brief.redLines, ...brief.domesticConstraints, ...brief.whatWouldMove].map(
      (c) => c.text,
    );
  };

  it('a phone is sent its own brief and no other seat’s; the presenter is sent no brief at all', async () => {
    const id = (await t.db.councilSession.findFirstOrThrow({ where: { classId } })).id;
    const phone = await getCouncilPhoneView(students[2]!, id);
    if (!phone.ok) throw new Error(phone.reason);
    expect(phone.value.seat?.id).toBe('germany');
    const sent = JSON.stringify(phone.value);
    for (const text of briefTexts('germany')) expect(sent).toContain(text);
    // Bots' statements quote their briefs in public; only the unspoken rest must stay secret.
    const spoken = JSON.stringify(phone.value.table.state);
    for (const seat of council.seats.filter((s) => s.id !== 'germany'))
      for (const text of briefTexts(seat.id))
        if (!spoken.includes(text.slice(0, 400))) expect(sent).not.toContain(text);
    const presenter = await getCouncilPresenterView(teacher, id);
    if (!presenter.ok) throw new Error(presenter.reason);
    const projected = JSON.stringify(presenter.value);
    expect(projected).not.toContain('"brief"');
    expect(projected).not.toContain('"stances"');
    expect(projected).not.toContain('"shifts"');
    // A student is not the teacher: no presenter view; another class's student sees nothing.
    expect(await getCouncilPresenterView(students[0]!, id)).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await getCouncilPhoneView(full[0]!, id)).toMatchObject({ ok: false, kind: 'not-found' });
  });

  it('reflections open when the council ends, one per student, shown to the teacher by seat', async () => {
    const id = (await t.db.councilSession.findFirstOrThrow({ where: { classId: fullClassId } })).id;
    const open = await openCouncil(teacher, classId);
    if (!open.ok) throw new Error(open.reason);
    expect(await saveCouncilReflection(students[0]!, open.value.sessionId, 'Too soon.')).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
    expect(await saveCouncilReflection(full[2]!, id, 'A settled line.')).toMatchObject({ ok: true });
    expect(await saveCouncilReflection(full[2]!, id, 'A settled line, and time.')).toMatchObject({
      ok: true,
    });
    expect(await saveCouncilReflection(students[0]!, id, 'Not my council.')).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect(await findOwnCouncilReflection(full[2]!, id)).toBe('A settled line, and time.');
    expect(await listCouncilReflections(teacher, id)).toEqual([
      { seatId: 'germany', seatName: 'Germany', student: 'member 3', text: 'A settled line, and time.' },
    ]);
  });
});
