import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getModule } from '@/lib/content/load';
import type { TQuestion } from '@/lib/content/question-schema';
import { loadClassAnalytics } from '@/lib/dal/analytics';
import { loadProgressBoard } from '@/lib/dal/board';
import { loadStudentWork } from '@/lib/dal/board-student';
import { controlLiveSession, startLiveSession } from '@/lib/dal/live';
import { submitLiveAnswer } from '@/lib/dal/live-answers';
import { listDueReviews } from '@/lib/dal/review';
import type { SessionUser } from '@/lib/dal/users';
import type { TLiveControl } from '@/lib/live/controls';
import { databaseKinds, type TestDatabase } from './support/databases';
import { liveClass } from './support/live-class';
import { rightAnswer } from './support/right-answer';

/**
 * "It counts": a live answer is the student's response in a live attempt, and once the lesson ends
 * it shows on the progress board, in analytics, mastery and the review queue exactly once, graded
 * on the student's last vote (peer instruction grades the second vote).
 */
const SLUG = 'allied-politics';
type TSingle = Extract<TQuestion, { type: 'single' }>;
const question = (getModule(SLUG)?.questions ?? []).find(
  (q): q is TSingle => q.type === 'single' && q.options.some((o) => !o.correct && o.misconception),
)!;
// The wrong option with a misconception first: the heatmap must show it.
const wrongOptions = question.options
  .filter((o) => !o.correct)
  .sort((x, y) => Number(Boolean(y.misconception)) - Number(Boolean(x.misconception)));
const wrong = (i: number) => ({ type: 'single', optionId: wrongOptions[i % wrongOptions.length]!.id });

describe.each(databaseKinds())('a live lesson counts on %s', (kind) => {
  let t: TestDatabase;
  let teacher: SessionUser;
  let students: SessionUser[];
  let classId: string;

  beforeAll(async () => {
    ({ t, teacher, students, classId } = await liveClass(kind, 'Year 11'));
  });
  afterAll(() => t?.drop());

  async function control(sessionId: string, c: TLiveControl) {
    const seq = (await t.db.liveSession.findUniqueOrThrow({ where: { id: sessionId } })).seq;
    const done = await controlLiveSession(teacher, sessionId, { control: c, seq });
    if (!done.ok || !done.value.applied) throw new Error(`${c} not applied`);
  }
  async function vote(student: SessionUser, sessionId: string, round: 1 | 2, response: unknown) {
    const done = await submitLiveAnswer(student, sessionId, {
      questionId: question.id,
      round,
      response,
      confidence: 'sure',
    });
    if (!done.ok) throw new Error(done.reason);
  }
  const reviewIds = async (s: SessionUser) =>
    (await listDueReviews(s, new Date(Date.now() + 60_000), 100)).filter((r) => r.kind === 'question');
  const masteryRows = (s: SessionUser) =>
    t.db.topicMastery.findMany({ where: { studentId: s.id, topic: question.topic } });

  it('shows on the board, in analytics, mastery and review once, graded on the last vote', async () => {
    const started = await startLiveSession(teacher, {
      classId,
      moduleSlug: SLUG,
      questionIds: [question.id],
    });
    if (!started.ok) throw new Error(started.reason);
    const id = started.value.sessionId;
    const [changedMind, stuck, absent] = students as [SessionUser, SessionUser, SessionUser];

    // First vote: both wrong (one changes it within the round); second vote: one moves to the right answer.
    await vote(changedMind, id, 1, wrong(0));
    await vote(changedMind, id, 1, wrong(1));
    await vote(stuck, id, 1, wrong(0));
    await control(id, 'vote-again');
    await vote(changedMind, id, 2, rightAnswer(question));
    await vote(stuck, id, 2, wrong(0));
    await control(id, 'reveal');

    // While the lesson runs the votes may still change: nothing is evidence yet.
    expect(await reviewIds(stuck)).toHaveLength(0);
    expect(await masteryRows(stuck)).toHaveLength(0);
    let board = await loadProgressBoard(teacher, classId);
    const column = board!.assignments.findIndex((a) => a.id === id);
    expect(board!.assignments[column]?.title).toMatch(/^Live lesson: /);
    const cell = (s: SessionUser) => board!.students.find((r) => r.id === s.id)!.cells[column]!;
    expect(cell(stuck)).toMatchObject({ status: 'in-progress', attemptCount: 1 });

    await control(id, 'end');

    // Board: one cell per student for the lesson, scored on the last vote.
    board = await loadProgressBoard(teacher, classId);
    expect(board!.assignments.filter((a) => a.id === id)).toHaveLength(1);
    expect(cell(changedMind)).toMatchObject({ status: 'done', attemptCount: 1, bestScore: 1 });
    expect(cell(stuck)).toMatchObject({ status: 'done', attemptCount: 1, bestScore: 0 });
    expect(cell(absent)).toMatchObject({ status: 'not-started', attemptCount: 0, bestScore: null });

    // The student's page on the board lists the live attempt with the graded (last) vote.
    const work = await loadStudentWork(teacher, classId, changedMind.id);
    expect(work?.attempts.map((a) => [a.title.startsWith('Live lesson: '), a.questions[0]?.correct])).toEqual(
      [[true, true]],
    );

    // Analytics: the lesson is an item-analysis column; the wrong answer is in the misconception heatmap.
    const analytics = await loadClassAnalytics(teacher, classId);
    expect(analytics?.items.find((i) => i.assignmentId === id)?.attemptCount).toBe(2);
    const misconception = wrongOptions[0]!.misconception;
    const ranked = analytics?.misconceptions.find((m) => m.misconceptionId === misconception);
    expect(ranked?.studentCount).toBe(1);

    // Review queue: the final miss once, as a new card (never reviewed); the corrected first vote not at all.
    const queued = await reviewIds(stuck);
    expect(queued.map((r) => r.kind === 'question' && r.question.id)).toEqual([question.id]);
    const card = await t.db.reviewItem.findFirstOrThrow({
      where: { studentId: stuck.id, refId: question.id },
    });
    expect(JSON.parse(card.card)).toMatchObject({ reps: 0 });
    expect(await reviewIds(changedMind)).toHaveLength(0);

    // Mastery: one row per student on the topic, from the one graded response.
    expect(await masteryRows(stuck)).toHaveLength(1);
    expect(await masteryRows(changedMind)).toHaveLength(1);
    expect(await masteryRows(absent)).toHaveLength(0);

    // Ending again changes nothing: the evidence is not counted twice.
    const seq = (await t.db.liveSession.findUniqueOrThrow({ where: { id } })).seq;
    expect(await controlLiveSession(teacher, id, { control: 'end', seq })).toMatchObject({
      ok: true,
      value: { applied: false },
    });
    expect(await t.db.reviewItem.count({ where: { studentId: stuck.id, kind: 'QUESTION' } })).toBe(1);
  }, 90_000);
});
