import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getModule } from '@/lib/content/load';
import type { TQuestion } from '@/lib/content/question-schema';
import {
  controlLiveSession,
  findRunningLiveSession,
  listClassLiveSessions,
  startLiveSession,
} from '@/lib/dal/live';
import { listJoinableLiveSessions, submitLiveAnswer } from '@/lib/dal/live-answers';
import { getPresenterView } from '@/lib/dal/live-presenter';
import { startLiveScenario } from '@/lib/dal/live-scenario';
import { getScenarioPresenterView } from '@/lib/dal/live-scenario-views';
import { getStudentLiveView } from '@/lib/dal/live-student';
import { listDueReviews } from '@/lib/dal/review';
import type { SessionUser } from '@/lib/dal/users';
import { databaseKinds, type TestDatabase } from './support/databases';
import { liveClass } from './support/live-class';
import { recordRealtimeTopics } from './support/recording-bus';
import { rightAnswer } from './support/right-answer';

/**
 * A lesson the teacher forgot to end: three hours after the teacher's last move it is over, ended
 * by the first reader through the same path as End (attempts closed, answers into review and
 * mastery once, the lesson ended, its topic published). The clock is injected: each read says when
 * it happens.
 */
const SLUG = 'allied-politics';
type TSingle = Extract<TQuestion, { type: 'single' }>;
const singles = (getModule(SLUG)?.questions ?? []).filter((q): q is TSingle => q.type === 'single');
const wrong = (q: TSingle) => ({ type: 'single', optionId: q.options.find((o) => !o.correct)!.id });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe.each(databaseKinds())('a live lesson left running on %s', (kind) => {
  let t: TestDatabase;
  let teacher: SessionUser;
  let students: SessionUser[];
  let classId: string;
  const published: string[] = [];
  // Each test's lessons start a day after the last test's, so the lessons' clocks never overlap.
  let day = 0;
  const clock = () => {
    day += 1;
    const t0 = Date.now() + day * 24 * HOUR;
    return (minutes: number) => new Date(t0 + minutes * MINUTE);
  };

  beforeAll(async () => {
    ({ t, teacher, students, classId } = await liveClass(kind, 'Year 9'));
    recordRealtimeTopics(published);
  });
  afterAll(() => t?.drop());

  const lesson = (id: string) => t.db.liveSession.findUniqueOrThrow({ where: { id } });

  it('ends three hours after the last move, once, with its answers in review and mastery', async () => {
    const at = clock();
    const [q] = singles;
    const started = await startLiveSession(
      teacher,
      { classId, moduleSlug: SLUG, questionIds: [q!.id] },
      at(0),
    );
    if (!started.ok) throw new Error(started.reason);
    const id = started.value.sessionId;
    const [wrongOne, rightOne] = students as [SessionUser, SessionUser];
    const answer = (s: SessionUser, response: unknown, minute: number) =>
      submitLiveAnswer(s, id, { questionId: q!.id, round: 1, response, confidence: 'sure' }, at(minute));
    expect((await answer(wrongOne, wrong(q!), 5)).ok).toBe(true);
    expect((await answer(rightOne, rightAnswer(q!), 6)).ok).toBe(true);
    // The teacher's last move: Reveal, two hours in.
    const seq = (await lesson(id)).seq;
    expect(await controlLiveSession(teacher, id, { control: 'reveal', seq }, at(120))).toMatchObject({
      value: { applied: true },
    });

    // Three hours after the start but one after the last move: still running.
    const touched = at(120 + 3 * 60 - 1);
    expect(await listJoinableLiveSessions(wrongOne, touched)).toHaveLength(1);
    const p = await getPresenterView(teacher, id, touched);
    expect(p.ok && [p.value.phase, p.value.endedIdle]).toEqual(['REVEALED', false]);
    expect(await findRunningLiveSession(teacher, classId, touched)).toMatchObject({ id });
    expect(await t.db.reviewItem.count({ where: { studentId: wrongOne.id } })).toBe(0);
    const before = await lesson(id);
    expect([before.endedAt, before.seq]).toEqual([null, seq + 1]);

    // Three hours after the last move: whoever reads first ends it, even four readers at once.
    const later = at(120 + 3 * 60 + 30);
    published.length = 0;
    const [joinable, presenter, phone, running] = await Promise.all([
      listJoinableLiveSessions(wrongOne, later),
      getPresenterView(teacher, id, later),
      getStudentLiveView(rightOne, id, later),
      findRunningLiveSession(teacher, classId, later),
    ]);
    expect(joinable).toHaveLength(0);
    expect(presenter.ok && [presenter.value.phase, presenter.value.endedIdle]).toEqual(['ENDED', true]);
    expect(phone.ok && phone.value.phase).toBe('ENDED');
    expect(running).toBeNull();

    // Ended once, at the moment it went idle, by the server; its topic published once.
    const ended = await lesson(id);
    expect(ended).toMatchObject({ phase: 'ENDED', seq: seq + 2, endedBy: 'IDLE' });
    expect(ended.endedAt).toEqual(at(120 + 3 * 60));
    expect(published.filter((x) => x === `live:${id}`)).toHaveLength(1);

    // The attempts closed like a submitted test: the miss is in the review queue once, mastery has a row each.
    const attempts = await t.db.quizAttempt.findMany({ where: { liveSessionId: id } });
    expect(attempts.map((a) => [a.state, a.submittedAt?.getTime()])).toEqual([
      ['SUBMITTED', at(300).getTime()],
      ['SUBMITTED', at(300).getTime()],
    ]);
    const due = await listDueReviews(wrongOne, at(60 * 24 * 30), 100);
    expect(
      due.filter((r) => r.kind === 'question').map((r) => r.kind === 'question' && r.question.id),
    ).toEqual([q!.id]);
    expect(await t.db.reviewItem.count({ where: { studentId: wrongOne.id, refId: q!.id } })).toBe(1);
    for (const s of [wrongOne, rightOne])
      expect(await t.db.topicMastery.count({ where: { studentId: s.id, topic: q!.topic } })).toBe(1);

    // Reading again, or the teacher pressing End now, changes nothing and counts nothing twice.
    await getPresenterView(teacher, id, at(60 * 24));
    expect(
      await controlLiveSession(teacher, id, { control: 'end', seq: ended.seq }, at(60 * 24)),
    ).toMatchObject({
      value: { applied: false },
    });
    expect((await lesson(id)).seq).toBe(seq + 2);
    expect(await t.db.reviewItem.count({ where: { studentId: wrongOne.id, refId: q!.id } })).toBe(1);
    // The class's list of lessons says how it ended.
    const listed = await listClassLiveSessions(teacher, classId, at(60 * 24));
    expect(listed.find((l) => l.id === id)).toMatchObject({ endedIdle: true });
  }, 90_000);

  it('a new lesson in the class can start once the old one has gone idle, not before', async () => {
    const at = clock();
    const [, q2, q3] = singles;
    const old = await startLiveScenario(teacher, { classId, scenarioSlug: 'the-envoy' }, at(0));
    if (!old.ok) throw new Error(old.reason);
    const next = (minute: number) =>
      startLiveSession(teacher, { classId, moduleSlug: SLUG, questionIds: [q2!.id, q3!.id] }, at(minute));

    expect(await next(3 * 60 - 1)).toMatchObject({ ok: false, kind: 'conflict' });
    const started = await next(3 * 60 + 1);
    if (!started.ok) throw new Error(started.reason);
    expect(started.value.sessionId).not.toBe(old.value.sessionId);
    expect(await lesson(old.value.sessionId)).toMatchObject({ phase: 'ENDED', endedBy: 'IDLE' });
    const presenter = await getScenarioPresenterView(teacher, old.value.sessionId, at(3 * 60 + 2));
    expect(presenter.ok && presenter.value.endedIdle).toBe(true);
    // The new lesson runs; the teacher ends it as usual.
    expect(await findRunningLiveSession(teacher, classId, at(3 * 60 + 2))).toMatchObject({
      id: started.value.sessionId,
    });
    const seq = (await lesson(started.value.sessionId)).seq;
    await controlLiveSession(teacher, started.value.sessionId, { control: 'end', seq }, at(3 * 60 + 3));
    expect(await lesson(started.value.sessionId)).toMatchObject({ endedBy: 'TEACHER' });
  }, 90_000);
});
