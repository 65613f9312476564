import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCouncilAction } from '@/lib/council/state';
import { openCouncil } from '@/lib/dal/council';
import type { TMoveInput } from '@/lib/dal/council-act';
import { getCouncilPhoneView, getCouncilPresenterView } from '@/lib/dal/council-views';
import type { SessionUser } from '@/lib/dal/users';
import { councilTestbed, moveAt } from './support/council-class';
import { databaseKinds, type TestDatabase } from './support/databases';

/** The council opened at 09:00:00; `at(s)` is s seconds into it, for the injected clock. */
const T0 = Date.UTC(2026, 1, 2, 9, 0, 0);
const at = (seconds: number) => new Date(T0 + seconds * 1000);

describe.each(databaseKinds())('the council’s server clock on %s', (kind) => {
  let t: TestDatabase;
  let teacher: SessionUser;
  /** Seven students fill every seat: no bot breaks a silence. */
  let full: SessionUser[];
  let classId: string;
  let published: string[];

  beforeAll(async () => {
    ({ t, teacher, classId, students: full, published } = await councilTestbed(kind, 'Year 13', 'seat', 7));
  });
  afterAll(() => t?.drop());

  const row = (id: string) => t.db.councilSession.findUniqueOrThrow({ where: { id } });
  const ticks = async (id: string) =>
    (JSON.parse((await row(id)).actions) as TCouncilAction[]).filter((a) => a.type === 'tick');
  const move = (user: SessionUser, id: string, m: TMoveInput['move'], seconds: number) =>
    moveAt(t.db, user, id, m, at(seconds));
  /** A council opened at T0 with "defer" tabled at 0:10 (and, if asked, silence opened at 0:20). */
  async function sitting(openSilence: boolean): Promise<string> {
    const opened = await openCouncil(teacher, classId);
    if (!opened.ok) throw new Error(opened.reason);
    const id = opened.value.sessionId;
    await t.db.councilSession.update({ where: { id }, data: { startedAt: at(0) } });
    const table = { type: 'table' as const, proposalId: 'defer', amendmentIds: [] };
    expect(await move(teacher, id, table, 10)).toMatchObject({ ok: true });
    if (openSilence)
      expect(await move(teacher, id, { type: 'open-silence' }, 20)).toMatchObject({ ok: true });
    return id;
  }

  it('nobody moves after silence opens: read after the deadline, the draft is adopted, recorded once', async () => {
    const id = await sitting(true);
    // Silence opened at 0:20 for three minutes: the deadline is 3:20 (200 s).
    const before = await getCouncilPresenterView(teacher, id, at(199));
    expect(before.ok && before.value.table.state.phase).toBe('silence');
    expect(before.ok && before.value.table.state.silenceDeadline).toBe(200);
    expect(await ticks(id)).toEqual([]);

    published.length = 0;
    // Five screens read at once just after the deadline: the presenter and four phones.
    const views = await Promise.all([
      getCouncilPresenterView(teacher, id, at(201)),
      ...full.slice(0, 4).map((s, i) => getCouncilPhoneView(s, id, at(202 + i))),
    ]);
    for (const view of views) {
      expect(view.ok && view.value.status).toBe('ENDED');
      expect(view.ok && view.value.table.state.ended).toEqual({
        outcome: 'adopted',
        at: 200,
        round: 1,
        draft: { proposalId: 'defer', amendmentIds: [] },
      });
    }
    expect(await ticks(id)).toHaveLength(1);
    expect((await row(id)).status).toBe('ENDED');
    // Every other screen is told once.
    expect(published).toEqual([`council:${id}`]);
    // Reading again changes nothing.
    await getCouncilPresenterView(teacher, id, at(400));
    expect(await ticks(id)).toHaveLength(1);
    expect(published).toHaveLength(1);
  });

  it('a silence broken after its deadline (nobody read in between) is refused: the draft was adopted', async () => {
    const id = await sitting(true);
    const reason = 'We cannot accept this draft as it stands today.';
    expect(await move(full[1]!, id, { type: 'break-silence', reason }, 205)).toMatchObject({
      ok: false,
      kind: 'closed',
      reason: 'The silence deadline has passed.',
    });
    const view = await getCouncilPhoneView(full[1]!, id, at(206));
    expect(view.ok && view.value.table.state.ended?.outcome).toBe('adopted');
    expect(view.ok && view.value.table.state.brokenSilences).toEqual([]);
    // The chair pressing "close silence" late gets the outcome they asked for, with nothing more written.
    const opened = await sitting(true);
    expect(await move(teacher, opened, { type: 'close-silence' }, 260)).toMatchObject({ ok: true });
    expect(await ticks(opened)).toHaveLength(1);
  });

  it('nobody moves until the clock’s end: read after it, the council has ended with the clock run out', async () => {
    const id = await sitting(false);
    const late = 35 * 60 + 5;
    const view = await getCouncilPhoneView(full[2]!, id, at(late));
    expect(view.ok && view.value.status).toBe('ENDED');
    expect(view.ok && view.value.table.state.ended).toEqual({
      outcome: 'clock-run-out',
      at: 35 * 60,
      round: 1,
    });
    expect(await ticks(id)).toEqual([{ type: 'tick', clientId: 'clock-r1-2100', at: late }]);
    expect((await row(id)).endedAt).not.toBeNull();
  });
});
