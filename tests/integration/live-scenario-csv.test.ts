import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { controlLiveSession } from '@/lib/dal/live';
import { decideLiveScenario, startLiveScenario } from '@/lib/dal/live-scenario';
import { castChoiceVote } from '@/lib/dal/live-scenario-votes';
import { getScenarioPresenterView } from '@/lib/dal/live-scenario-views';
import type { SessionUser } from '@/lib/dal/users';
import { databaseKinds, type TestDatabase } from './support/databases';
import { liveClass } from './support/live-class';
import { makeUser } from './support/teacher-fixtures';
import { parseCsv } from './support/parse-csv';

/**
 * The live scenario lesson's CSV through its route (the same /api/live/<id>/csv as a quiz lesson's):
 * per decision each choice's votes, the class's majority, the choice taken, whether it went against
 * the vote with the recorded reason, and the consequence shown; then each student's vote per
 * decision. Another teacher gets 404.
 */

const auth = vi.hoisted(() => ({
  session: null as { uid: string; sv: number; authAt: number; seen: number } | null,
}));
vi.mock('@/lib/auth/session-claims', () => ({ readSessionClaims: async () => auth.session }));

function actAs(user: SessionUser) {
  const now = Math.floor(Date.now() / 1000);
  auth.session = { uid: user.id, sv: user.sessionVersion, authAt: now, seen: now };
}

describe.each(databaseKinds())('the live scenario lesson CSV on %s', (kind) => {
  let t: TestDatabase;
  let teacher: SessionUser;
  let students: SessionUser[];
  let classId: string;

  beforeAll(async () => {
    ({ t, teacher, students, classId } = await liveClass(kind, 'Year 13'));
    await Promise.all(
      students.map((s, i) =>
        t.db.user.update({ where: { id: s.id }, data: { displayName: ['Ola', 'Bo', 'Ana'][i] } }),
      ),
    );
  });
  afterAll(() => t?.drop());

  const presenter = async (id: string) => {
    const v = await getScenarioPresenterView(teacher, id);
    if (!v.ok) throw new Error(v.reason);
    return v.value;
  };

  it('answers the decisions with their votes, the override and its reason, and each student’s votes', async () => {
    const started = await startLiveScenario(teacher, { classId, scenarioSlug: 'the-envoy' });
    if (!started.ok) throw new Error(started.reason);
    const id = started.value.sessionId;
    const [ola, bo, ana] = students as [SessionUser, SessionUser, SessionUser];

    const expectedClass: string[][] = [];
    const expectedVotes = new Map<string, string[][]>([
      ['Ana', []],
      ['Bo', []],
      ['Ola', []],
    ]);
    let decided = 0;
    for (let guard = 0; guard < 20 && decided < 2; guard++) {
      const v = await presenter(id);
      if (v.phase === 'REVEALED') {
        await controlLiveSession(teacher, id, { control: 'next', seq: v.seq });
        continue;
      }
      if (v.node?.kind !== 'decision') {
        await decideLiveScenario(teacher, id, { seq: v.seq, choiceId: 'continue', reason: null });
        continue;
      }
      const [first, second] = v.tally as [(typeof v.tally)[0], (typeof v.tally)[0]];
      const step = String(v.step + 1);
      if (decided === 0) {
        // Two for the first choice, one for the second; the teacher takes the second, with a reason.
        await castChoiceVote(ola, id, { step: v.step, choiceId: first.id });
        await castChoiceVote(bo, id, { step: v.step, choiceId: first.id });
        await castChoiceVote(ana, id, { step: v.step, choiceId: second.id });
        const seq = (await presenter(id)).seq;
        const done = await decideLiveScenario(teacher, id, {
          seq,
          choiceId: second.id,
          reason: 'To see the cost, then compare',
        });
        expect(done).toMatchObject({ ok: true, value: { applied: true } });
        const consequence = (await presenter(id)).last!.consequence;
        v.tally.forEach((bar) => {
          const votes = bar.id === first.id ? '2' : bar.id === second.id ? '1' : '0';
          const majority = bar.id === first.id ? 'majority' : '';
          const taken = bar.id === second.id;
          expectedClass.push([
            '(class)',
            step,
            v.node!.title,
            bar.label,
            votes,
            majority,
            taken ? 'yes' : '',
            taken ? 'yes' : '',
            taken ? 'To see the cost, then compare' : '',
            taken ? consequence : '',
          ]);
        });
        expectedVotes.get('Ola')!.push(['Ola', step, v.node.title, first.label]);
        expectedVotes.get('Bo')!.push(['Bo', step, v.node.title, first.label]);
        expectedVotes.get('Ana')!.push(['Ana', step, v.node.title, second.label]);
      } else {
        // A tie between the first two (Bo does not vote): the teacher takes one of them, no reason needed.
        await castChoiceVote(ola, id, { step: v.step, choiceId: first.id });
        await castChoiceVote(ana, id, { step: v.step, choiceId: second.id });
        const seq = (await presenter(id)).seq;
        await decideLiveScenario(teacher, id, { seq, choiceId: first.id, reason: null });
        const consequence = (await presenter(id)).last!.consequence;
        v.tally.forEach((bar) => {
          const inTie = bar.id === first.id || bar.id === second.id;
          const taken = bar.id === first.id;
          expectedClass.push([
            '(class)',
            step,
            v.node!.title,
            bar.label,
            inTie ? '1' : '0',
            inTie ? 'tied' : '',
            taken ? 'yes' : '',
            taken ? 'no' : '',
            '',
            taken ? consequence : '',
          ]);
        });
        expectedVotes.get('Ola')!.push(['Ola', step, v.node.title, first.label]);
        expectedVotes.get('Bo')!.push(['Bo', step, v.node.title, '']);
        expectedVotes.get('Ana')!.push(['Ana', step, v.node.title, second.label]);
      }
      decided += 1;
    }
    expect(decided).toBe(2);
    const last = await presenter(id);
    await controlLiveSession(teacher, id, { control: 'end', seq: last.seq });

    const { GET } = await import('@/app/api/live/[sessionId]/csv/route');
    const get = () => GET(new Request('http://test/'), { params: Promise.resolve({ sessionId: id }) });
    actAs(teacher);
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="live-scenario-\d{4}-\d\d-\d\d-/,
    );
    // The bytes: a UTF-8 byte-order mark first (Response.text() would drop it), CRLF after each row.
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const pad = (r: string[]) => [...r, '', '', '', '', '', ''];
    expect(parseCsv(text.slice(1))).toEqual([
      [
        'who',
        'step',
        'decision',
        'choice',
        'votes',
        'class vote',
        'taken',
        'against the vote',
        'reason',
        'consequence',
      ],
      ...expectedClass,
      ...['Ana', 'Bo', 'Ola'].flatMap((name) => expectedVotes.get(name)!.map(pad)),
    ]);

    const outsider = await makeUser(t.db, 'TEACHER');
    actAs(outsider);
    expect((await get()).status).toBe(404);
  }, 120_000);
});
