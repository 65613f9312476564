import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { getModule } from '@/lib/content/load';
import { createClass, joinClassByCode } from '@/lib/dal/classes';
import { createAssignment } from '@/lib/dal/assignments';
import { openQuizAssignments } from '@/lib/dal/assignment-open';
import { startAttempt } from '@/lib/dal/attempt-entry';
import { submitAnswer } from '@/lib/dal/attempt-answer';
import { submitAttempt } from '@/lib/dal/attempt-close';
import { loadProgressBoard } from '@/lib/dal/board';
import { gradebookCsv } from '@/lib/dal/exports';
import { loadClassAnalytics } from '@/lib/dal/analytics';
import type { SessionUser } from '@/lib/dal/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';
import { rightAnswer } from './support/right-answer';

const SLUG = 'allied-politics';
const DAY = 86_400_000;

/**
 * Issue 15 item 1: a pupil who reads the briefing and starts the quiz from the module page does
 * the assigned quiz (the page sends her to the one open assignment), and the board, the gradebook
 * and analytics then agree on who did the work.
 */
describe.each(databaseKinds())('work started from the briefing counts on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  async function quizFor(teacher: SessionUser, className: string, pupils: SessionUser[], dueAt: Date | null) {
    const cls = await createClass(teacher, className);
    for (const p of pupils) await joinClassByCode(p, cls.joinCode ?? '');
    const a = await createAssignment(teacher, cls.id, {
      kind: 'QUIZ',
      contentSlug: SLUG,
      releaseAt: null,
      dueAt,
      maxAttempts: null,
      feedbackMode: 'PRACTICE',
    });
    if (!a.ok) throw new Error(a.reason);
    return { cls, assignmentId: a.id };
  }

  it('the module page finds the open assignment; the attempt counts on board, gradebook and analytics alike', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const ada = await makeUser(t.db, 'STUDENT', 'Ada');
    const ben = await makeUser(t.db, 'STUDENT', 'Ben');
    const { cls, assignmentId } = await quizFor(
      teacher,
      'Year 10',
      [ada, ben],
      new Date(Date.now() + 3 * DAY),
    );

    const open = await openQuizAssignments(ada, SLUG);
    expect(open.map((a) => a.id)).toEqual([assignmentId]);
    expect(open[0]?.href).toBe(`/modules/${SLUG}/quiz?assignment=${assignmentId}`);
    expect(await openQuizAssignments(teacher, SLUG)).toEqual([]);
    expect(await openQuizAssignments(await makeUser(t.db, 'STUDENT'), SLUG)).toEqual([]);
    expect(await openQuizAssignments(ada, 'escalation')).toEqual([]);

    // What the quiz page does for Ada arriving from the briefing: start the attempt for that assignment.
    const started = await startAttempt(ada, {
      slug: SLUG,
      mode: 'practice',
      assignmentId: open[0]?.id ?? null,
    });
    if (!started.ok) throw new Error(started.reason);
    let seq = 0;
    for (const q of getModule(SLUG)?.questions ?? []) {
      const r = await submitAnswer(ada, started.value.attemptId, {
        questionId: q.id,
        seq,
        response: rightAnswer(q),
        confidence: 'sure',
      });
      if (!r.ok) throw new Error(r.reason);
      seq = r.value.seq;
    }
    expect((await submitAttempt(ada, started.value.attemptId, { seq })).ok).toBe(true);

    // Still open while attempts are unlimited and the due date is ahead: the button keeps carrying it.
    expect((await openQuizAssignments(ada, SLUG)).map((a) => a.id)).toEqual([assignmentId]);

    const board = await loadProgressBoard(teacher, cls.id);
    const statusOf = (id: string) => board?.students.find((s) => s.id === id)?.cells[0]?.status;
    expect(statusOf(ada.id)).toBe('done');
    expect(statusOf(ben.id)).toBe('not-started');

    const book =
      (await gradebookCsv(teacher, cls.id))?.csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n') ?? [];
    const line = (name: string) => book.find((l) => l.startsWith(`${name},`))?.split(',');
    expect(line('Ada')?.slice(2)).toEqual(['100', '100']);
    expect(line('Ben')?.[2]).toBe('');

    const analytics = await loadClassAnalytics(teacher, cls.id);
    const quiz = analytics?.items.find((i) => i.assignmentId === assignmentId);
    expect(quiz?.attemptCount).toBe(1);
    expect(quiz?.items.every((i) => i.responseCount === 1)).toBe(true);
  }, 90_000); // answers a whole quiz: slow on a busy machine

  it('two classes set the quiz: both are offered (the page asks which); past due ones are not', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const sam = await makeUser(t.db, 'STUDENT', 'Sam');
    const later = await quizFor(teacher, 'History', [sam], new Date(Date.now() + 5 * DAY));
    const sooner = await quizFor(teacher, 'Politics', [sam], new Date(Date.now() + DAY));
    const over = await quizFor(teacher, 'Old', [sam], new Date(Date.now() - DAY));
    const open = await openQuizAssignments(sam, SLUG);
    expect(open.map((a) => a.id)).toEqual([sooner.assignmentId, later.assignmentId]);
    expect(open.map((a) => a.id)).not.toContain(over.assignmentId);
  });
});
