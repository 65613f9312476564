import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getScenario } from '@/lib/scenario';
import { controlLiveSession } from '@/lib/dal/live';
import { decideLiveScenario, startLiveScenario } from '@/lib/dal/live-scenario';
import { castChoiceVote } from '@/lib/dal/live-scenario-votes';
import { getScenarioPresenterView, getScenarioStudentView } from '@/lib/dal/live-scenario-views';
import { getLiveScenarioReport } from '@/lib/dal/live-scenario-report';
import type { SessionUser } from '@/lib/dal/users';
import { databaseKinds, type TestDatabase } from './support/databases';
import { liveClass } from './support/live-class';
import { makeUser } from './support/teacher-fixtures';

const SLUG = 'the-envoy';
const consequences = () =>
  (getScenario(SLUG)?.scenario.nodes ?? []).flatMap((n) =>
    n.kind === 'decision' ? n.choices.map((c) => c.consequence) : [],
  );

describe.each(databaseKinds())('a live scenario lesson on %s', (kind) => {
  let t: TestDatabase;
  let teacher: SessionUser;
  let students: SessionUser[];
  let classId: string;

  beforeAll(async () => {
    ({ t, teacher, students, classId } = await liveClass(kind, 'Year 12'));
  });
  afterAll(() => t?.drop());

  const presenter = async (id: string) => {
    const v = await getScenarioPresenterView(teacher, id);
    if (!v.ok) throw new Error(v.reason);
    return v.value;
  };

  it('the class votes, the teacher decides (overriding with a reason), to the ending; stored as the class run', async () => {
    const started = await startLiveScenario(teacher, { classId, scenarioSlug: SLUG });
    if (!started.ok) throw new Error(started.reason);
    const id = started.value.sessionId;
    // A double click on Start returns the running lesson, with one run.
    expect(await startLiveScenario(teacher, { classId, scenarioSlug: SLUG })).toMatchObject({
      value: { sessionId: id },
    });
    expect(await t.db.scenarioRun.count({ where: { liveSessionId: id, studentId: teacher.id } })).toBe(1);

    let overridden = false;
    for (let guard = 0; guard < 40; guard++) {
      let v = await presenter(id);
      if (v.ending) break;
      if (v.phase === 'REVEALED') {
        const next = await controlLiveSession(teacher, id, { control: 'next', seq: v.seq });
        expect(next).toMatchObject({ ok: true, value: { applied: true } });
        continue;
      }
      if (v.node?.kind === 'decision') {
        const [first, second] = v.tally;
        // The phone shows the decision's choices, never a consequence of any branch.
        const phone = await getScenarioStudentView(students[0]!, id);
        expect(phone.ok && phone.value.choices.map((c) => c.id)).toEqual(v.tally.map((b) => b.id));
        const phoneText = JSON.stringify(phone);
        expect(consequences().some((c) => phoneText.includes(c))).toBe(false);
        // Two vote for the first choice (one changes their mind to it), one for the second.
        await castChoiceVote(students[0]!, id, { step: v.step, choiceId: second!.id });
        await castChoiceVote(students[0]!, id, { step: v.step, choiceId: first!.id });
        await castChoiceVote(students[1]!, id, { step: v.step, choiceId: first!.id });
        await castChoiceVote(students[2]!, id, { step: v.step, choiceId: second!.id });
        expect(await castChoiceVote(students[2]!, id, { step: v.step, choiceId: 'forged' })).toMatchObject({
          kind: 'invalid',
        });
        v = await presenter(id);
        expect(v.tally.slice(0, 2).map((b) => b.count)).toEqual([2, 1]);
        expect([v.voted, v.enrolled]).toEqual([3, 3]);
        expect(v.classChoice).toEqual({ kind: 'majority', choiceId: first!.id });
        if (!overridden) {
          // Going against the class needs a reason; without one nothing changes.
          const bare = await decideLiveScenario(teacher, id, {
            seq: v.seq,
            choiceId: second!.id,
            reason: null,
          });
          expect(bare).toMatchObject({ ok: false, kind: 'invalid' });
          expect((await presenter(id)).seq).toBe(v.seq);
          // A double click on Advance moves one decision.
          const clicks = await Promise.all(
            [1, 2].map(() =>
              decideLiveScenario(teacher, id, {
                seq: v.seq,
                choiceId: second!.id,
                reason: 'To see the cost',
              }),
            ),
          );
          expect(clicks.filter((c) => c.ok && c.value.applied)).toHaveLength(1);
          overridden = true;
          const after = await presenter(id);
          expect(after.last).toMatchObject({ label: second!.label, reason: 'To see the cost' });
          // The vote is closed once decided.
          expect(await castChoiceVote(students[1]!, id, { step: v.step, choiceId: first!.id })).toMatchObject(
            {
              kind: 'closed',
            },
          );
          continue;
        }
        await decideLiveScenario(teacher, id, { seq: v.seq, choiceId: first!.id, reason: null });
      } else {
        // An event: the teacher continues; the draw comes from the run's seed.
        expect(
          await decideLiveScenario(teacher, id, { seq: v.seq, choiceId: 'continue', reason: null }),
        ).toMatchObject({ ok: true, value: { applied: true } });
      }
      const after = await presenter(id);
      expect(after.phase).toBe('REVEALED');
      expect(after.last?.consequence).toBeTruthy();
      expect(after.meters.length).toBeGreaterThan(0);
    }
    const final = await presenter(id);
    expect(final.ending?.debrief.inReality).toBeTruthy();
    expect(await controlLiveSession(teacher, id, { control: 'next', seq: final.seq })).toMatchObject({
      value: { applied: false },
    });
    const phone = await getScenarioStudentView(students[1]!, id);
    expect(phone.ok && phone.value.endingTitle).toBe(final.ending?.title);
    expect((await controlLiveSession(teacher, id, { control: 'end', seq: final.seq })).ok).toBe(true);

    // Stored as the class's run; the report has each decision's vote and the override reason.
    const run = await t.db.scenarioRun.findUniqueOrThrow({ where: { liveSessionId: id } });
    expect(run.endingId).toBe(final.ending?.id);
    const report = await getLiveScenarioReport(teacher, id);
    expect(report?.endingTitle).toBe(final.ending?.title);
    expect(report?.decisions[0]).toMatchObject({ followedVote: false, reason: 'To see the cost' });
    expect(report?.decisions[0]?.votes.slice(0, 2).map((b) => b.count)).toEqual([2, 1]);
    expect(report?.decisions.slice(1).every((d) => d.followedVote && d.reason === null)).toBe(true);
    const outsider = await makeUser(t.db, 'TEACHER');
    expect(await getLiveScenarioReport(outsider, id)).toBeNull();
  }, 120_000);
});
