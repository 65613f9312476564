import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { getModule } from '@/lib/content/load';
import type { TQuestion } from '@/lib/content/question-schema';
import { controlLiveSession, startLiveSession } from '@/lib/dal/live';
import { joinLiveSession, listJoinableLiveSessions, submitLiveAnswer } from '@/lib/dal/live-answers';
import { getPresenterView } from '@/lib/dal/live-presenter';
import { getLiveReport } from '@/lib/dal/live-report';
import { getStudentLiveView } from '@/lib/dal/live-student';
import type { SessionUser } from '@/lib/dal/users';
import type { TLiveControl } from '@/lib/live/controls';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { recordRealtimeTopics } from './support/recording-bus';
import { rightAnswer } from './support/right-answer';
import { makeUser } from './support/teacher-fixtures';

const SLUG = 'allied-politics';
const singles = () =>
  (getModule(SLUG)?.questions ?? []).filter(
    (q): q is Extract<TQuestion, { type: 'single' }> => q.type === 'single',
  );
const wrongAnswer = (q: Extract<TQuestion, { type: 'single' }>) => ({
  type: 'single',
  optionId: q.options.find((o) => !o.correct)!.id,
});

describe.each(databaseKinds())('live lessons on %s', (kind) => {
  let t: TestDatabase;
  let teacher: SessionUser;
  let students: SessionUser[];
  let classId: string;
  const published: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
    recordRealtimeTopics(published);
    teacher = await makeUser(t.db, 'TEACHER');
    students = await Promise.all([1, 2, 3].map((i) => makeUser(t.db, 'STUDENT', `pupil ${i}`)));
    const created = await t.db.class.create({
      data: {
        name: 'Year 10',
        teacherId: teacher.id,
        enrollments: { create: students.map((s) => ({ studentId: s.id })) },
      },
    });
    classId = created.id;
  });
  afterAll(() => t?.drop());

  async function start(questionIds: string[]) {
    const started = await startLiveSession(teacher, { classId, moduleSlug: SLUG, questionIds });
    if (!started.ok) throw new Error(started.reason);
    return started.value.sessionId;
  }
  async function control(sessionId: string, c: TLiveControl) {
    const seq = (await t.db.liveSession.findUniqueOrThrow({ where: { id: sessionId } })).seq;
    const done = await controlLiveSession(teacher, sessionId, { control: c, seq });
    if (!done.ok || !done.value.applied) throw new Error(`${c} not applied`);
  }

  it('runs a whole peer-instruction question; controls are compare-and-set; answers count once', async () => {
    const [q1, q2] = singles();
    const id = await start([q2!.id, q1!.id]);
    // A double click on Start returns the running lesson.
    expect(await start([q2!.id, q1!.id])).toBe(id);
    expect(await listJoinableLiveSessions(students[0]!)).toHaveLength(1);

    // Ten identical submissions at once: one vote, one response, one attempt.
    const first = {
      questionId: q2!.id,
      round: 1 as const,
      response: wrongAnswer(q2!),
      confidence: 'sure' as const,
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => submitLiveAnswer(students[0]!, id, first)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await t.db.liveVote.count({ where: { sessionId: id } })).toBe(1);
    const attempt = await t.db.quizAttempt.findFirstOrThrow({
      where: { liveSessionId: id, studentId: students[0]!.id },
      include: { responses: true },
    });
    expect(attempt.mode).toBe('LIVE');
    expect(attempt.responses).toHaveLength(1);
    // A vote is evidence only when the lesson ends (see live-counts.test.ts): it may still change.
    expect(await t.db.reviewItem.count({ where: { studentId: students[0]!.id, refId: q2!.id } })).toBe(0);

    await submitLiveAnswer(students[1]!, id, { ...first, response: rightAnswer(q2!) });
    expect(await submitLiveAnswer(students[1]!, id, { ...first, questionId: q1!.id })).toMatchObject({
      ok: false,
      kind: 'stale',
    });

    // Nothing of the key reaches a phone before Reveal.
    const before = await getStudentLiveView(students[0]!, id);
    const text = JSON.stringify(before);
    expect(text).not.toContain(q2!.explanation);
    expect(text).not.toMatch(/"correct"|feedback":\{|explanation/);
    expect(before.ok && before.value.myAnswer?.response).toEqual(wrongAnswer(q2!));

    // Presenter: counts, no distribution until the teacher shows it.
    let p = await getPresenterView(teacher, id);
    if (!p.ok) throw new Error(p.reason);
    expect([p.value.answered, p.value.joined, p.value.summary]).toEqual([2, 2, null]);
    await control(id, 'close-vote');
    expect(await submitLiveAnswer(students[2]!, id, first)).toMatchObject({ ok: false, kind: 'closed' });
    p = await getPresenterView(teacher, id);
    expect(p.ok && p.value.summary).toBeNull();
    expect(p.ok && p.value.suggestion?.move).toBe('discuss');

    await control(id, 'vote-again');
    await submitLiveAnswer(students[0]!, id, { ...first, round: 2, response: rightAnswer(q2!) });
    await submitLiveAnswer(students[1]!, id, { ...first, round: 2, response: rightAnswer(q2!) });
    await control(id, 'reveal');
    p = await getPresenterView(teacher, id);
    if (!p.ok) throw new Error(p.reason);
    expect(p.value.shift).toMatchObject({ firstShare: 0.5, secondShare: 1, movedToRight: 1 });
    expect(p.value.reveal?.explanation).toBe(q2!.explanation);
    expect(JSON.stringify(p.value)).not.toContain(students[0]!.displayName);
    const after = await getStudentLiveView(students[0]!, id);
    expect(after.ok && after.value.feedback?.outcome).toBe('correct');
    // The response holds the latest vote.
    const response = await t.db.quizResponse.findFirstOrThrow({ where: { attemptId: attempt.id } });
    expect(response.correct).toBe(true);

    // Two clicks on Next carrying the same seq move one question.
    const seq = (await t.db.liveSession.findUniqueOrThrow({ where: { id } })).seq;
    const clicks = await Promise.all(
      [1, 2].map(() => controlLiveSession(teacher, id, { control: 'next', seq })),
    );
    expect(clicks.filter((c) => c.ok && c.value.applied)).toHaveLength(1);
    const moved = await t.db.liveSession.findUniqueOrThrow({ where: { id } });
    expect([moved.currentIndex, moved.seq, moved.round]).toEqual([1, seq + 1, 1]);
    expect(published.filter((x) => x === `live:${id}`).length).toBeGreaterThanOrEqual(4);

    // A late joiner enters at the current question.
    expect((await joinLiveSession(students[2]!, id)).ok).toBe(true);
    const late = await getStudentLiveView(students[2]!, id);
    expect(late.ok && late.value.question?.id).toBe(q1!.id);

    await control(id, 'end');
    const attempts = await t.db.quizAttempt.findMany({ where: { liveSessionId: id } });
    expect(attempts.map((a) => a.state)).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED']);
    expect(await listJoinableLiveSessions(students[0]!)).toHaveLength(0);
    const report = await getLiveReport(teacher, id);
    expect(report?.questions[0]).toMatchObject({ firstVotes: 2, secondVotes: 2 });
    expect(report?.students.find((s) => s.studentId === students[0]!.id)?.answers[0]).toEqual({
      questionId: q2!.id,
      first: false,
      second: true,
    });
    // A whole lesson is many transactions; a shared 2-core machine can take longer than the default.
  }, 90_000);

  it('a vote racing the teacher closing the vote is either in before the close or refused, never after', async () => {
    const [, , q3] = singles();
    const id = await start([q3!.id]);
    const vote = (s: SessionUser) =>
      submitLiveAnswer(s, id, {
        questionId: q3!.id,
        round: 1,
        response: wrongAnswer(q3!),
        confidence: 'sure',
      });
    const votes = students.map((s) => vote(s));
    await control(id, 'close-vote');
    const atClose = await t.db.liveVote.count({ where: { sessionId: id } });
    const results = await Promise.all(votes);
    // Nothing lands once the close has committed: what the teacher saw closed is what is stored.
    expect(await t.db.liveVote.count({ where: { sessionId: id } })).toBe(atClose);
    expect(results.filter((r) => r.ok)).toHaveLength(atClose);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.kind === 'closed')).toBe(true);
    await control(id, 'end');
  });

  it("keeps other people out: a student outside the class, another teacher's session", async () => {
    const [q1] = singles();
    const id = await start([q1!.id]);
    const outsider = await makeUser(t.db, 'STUDENT');
    expect(await getStudentLiveView(outsider, id)).toMatchObject({ ok: false, kind: 'not-found' });
    expect(
      await submitLiveAnswer(outsider, id, {
        questionId: q1!.id,
        round: 1,
        response: rightAnswer(q1!),
        confidence: null,
      }),
    ).toMatchObject({ ok: false, kind: 'not-found' });
    const other = await makeUser(t.db, 'TEACHER');
    expect(await controlLiveSession(other, id, { control: 'next', seq: 0 })).toMatchObject({
      kind: 'not-found',
    });
    expect(await getLiveReport(other, id)).toBeNull();
    // A second, different lesson in the same class is refused while this one runs.
    const [, q2] = singles();
    expect(
      await startLiveSession(teacher, { classId, moduleSlug: SLUG, questionIds: [q2!.id] }),
    ).toMatchObject({
      ok: false,
      kind: 'conflict',
    });
    await control(id, 'end');
  });
});
