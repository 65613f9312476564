import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { getModule } from '@/lib/content/load';
import { submitAnswer } from '@/lib/dal/attempt-answer';
import { submitAttempt } from '@/lib/dal/attempt-close';
import { startAttempt } from '@/lib/dal/attempt-entry';
import { getProgress } from '@/lib/dal/mastery';
import type { SessionUser } from '@/lib/dal/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { rightAnswer } from './support/right-answer';

const SLUG = 'allied-politics';

describe.each(databaseKinds())('mastery from attempts on %s', (kind) => {
  let t: TestDatabase;
  let student: SessionUser;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
    const u = await t.db.user.create({
      data: { displayName: 'M', username: `m-${kind}-${Date.now()}`, passwordHash: 'x', role: 'STUDENT' },
    });
    student = {
      id: u.id,
      displayName: u.displayName,
      role: 'STUDENT',
      sessionVersion: 0,
      mustChangePassword: false,
    };
  });
  afterAll(() => t?.drop());

  it('practice answers count at once; open test answers only once submitted', async () => {
    const questions = getModule(SLUG)?.questions ?? [];
    const topic = questions[0]?.topic ?? '';
    const onTopic = questions.filter((q) => q.topic === topic).slice(0, 3);
    expect(onTopic.length).toBe(3);

    const before = await getProgress(student);
    expect(before.topics.every((x) => x.level === 'not-started')).toBe(true);
    expect(before.next?.action).toBe('read-briefing');

    const test = await startAttempt(student, { slug: SLUG, mode: 'test', assignmentId: null });
    if (!test.ok) throw new Error(test.reason);
    let seq = 0;
    for (const q of onTopic) {
      const r = await submitAnswer(student, test.value.attemptId, {
        questionId: q.id,
        seq,
        response: rightAnswer(q),
        confidence: 'sure',
      });
      if (!r.ok) throw new Error(r.reason);
      seq = r.value.seq;
    }
    expect((await getProgress(student)).topics.find((x) => x.topic === topic)?.level).toBe('not-started');
    expect(await t.db.topicMastery.count({ where: { studentId: student.id } })).toBe(0);

    expect((await submitAttempt(student, test.value.attemptId, { seq })).ok).toBe(true);
    const after = (await getProgress(student)).topics.find((x) => x.topic === topic);
    expect(after).toMatchObject({ level: 'proficient', responses: 3, distinctQuestions: 3 });
    const stored = await t.db.topicMastery.findUniqueOrThrow({
      where: { studentId_topic: { studentId: student.id, topic } },
    });
    expect(stored.level).toBe('proficient');

    // A confident miss in practice pulls the stored level down in the same commit.
    const practice = await startAttempt(student, { slug: SLUG, mode: 'practice', assignmentId: null });
    if (!practice.ok) throw new Error(practice.reason);
    const q = onTopic[0];
    if (!q || q.type !== 'single') throw new Error('expected a single-choice question first');
    const wrong = q.options.find((o) => !o.correct)?.id;
    expect(
      (
        await submitAnswer(student, practice.value.attemptId, {
          questionId: q.id,
          seq: 0,
          response: { type: 'single', optionId: wrong },
          confidence: 'sure',
        })
      ).ok,
    ).toBe(true);
    const lowered = await t.db.topicMastery.findUniqueOrThrow({
      where: { studentId_topic: { studentId: student.id, topic } },
    });
    expect(lowered.weightedScore).toBeLessThan(stored.weightedScore);
  });
});
