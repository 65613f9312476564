import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import { loadOwnRun, listOwnRuns, saveReflection, submitDecision } from '@/lib/dal/runs';
import { scenarioStartContext, startRun } from '@/lib/dal/run-start';
import type { SessionUser } from '@/lib/dal/users';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { createStudent, pathToUnavailableChoice, scenario } from './runs-support';

describe.each(databaseKinds())('scenario runs on %s', (kind) => {
  let t: TestDatabase;
  let student: SessionUser;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
    student = await createStudent(t.db);
  });
  afterAll(() => t?.drop());

  async function newRun(user = student, slug = 'the-envoy'): Promise<string> {
    // A fresh run per test: finish any unfinished one first so start does not resume it.
    await t.db.scenarioRun.updateMany({
      where: { studentId: user.id, endedAt: null },
      data: { endedAt: new Date() },
    });
    const started = await startRun(user, slug, null);
    if (!started.ok) throw new Error(`could not start: ${started.reason}`);
    return started.value.runId;
  }
  const decisionsOf = (runId: string) => t.db.scenarioDecision.count({ where: { runId } });
  const rowOf = (runId: string) => t.db.scenarioRun.findUniqueOrThrow({ where: { id: runId } });
  const firstChoice = async (runId: string) => (await loadOwnRun(student, runId))?.view.choices[0]?.id ?? '';

  it('starts a run with a stored seed and resumes it instead of starting another', async () => {
    const runId = await newRun();
    const row = await rowOf(runId);
    expect(row.step).toBe(0);
    expect(Number.isInteger(row.seed)).toBe(true);
    expect(await startRun(student, 'the-envoy', null)).toEqual({ ok: true, value: { runId } });
    expect((await scenarioStartContext(student, 'the-envoy', null))?.resumeRunId).toBe(runId);
  });

  it('applies a decision, records it once, and resumes exactly after a reload', async () => {
    const runId = await newRun();
    const choiceId = await firstChoice(runId);
    const result = await submitDecision(student, runId, { choiceId, step: 0 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.run.view.step).toBe(1);
    expect(result.run.lastStep?.consequence.length).toBeGreaterThan(0);
    const decision = await t.db.scenarioDecision.findFirstOrThrow({ where: { runId } });
    expect(decision).toMatchObject({ step: 0, nodeId: scenario('the-envoy').start, choiceId });
    // A reload (or signing in again) reads the same run back from the database.
    expect(await loadOwnRun(student, runId)).toEqual(result.run);
  });

  it('answers 409 for a stale step and changes nothing', async () => {
    const runId = await newRun();
    const [first, second] = (await loadOwnRun(student, runId))?.view.choices ?? [];
    if (!first || !second) throw new Error('the first node needs two choices');
    expect((await submitDecision(student, runId, { choiceId: first.id, step: 0 })).ok).toBe(true);
    const before = await rowOf(runId);
    const otherTab = await submitDecision(student, runId, { choiceId: second.id, step: 0 });
    expect(otherTab).toMatchObject({ ok: false, kind: 'stale', code: 'stale' });
    if (!otherTab.ok && 'run' in otherTab) expect(otherTab.run.view.step).toBe(1);
    expect(await submitDecision(student, runId, { choiceId: first.id, step: 7 })).toMatchObject({
      kind: 'stale',
      code: 'stale',
    });
    expect(await rowOf(runId)).toEqual(before);
    expect(await decisionsOf(runId)).toBe(1);
  });

  it('answers 409 for a choice that is not offered here and changes nothing', async () => {
    const runId = await newRun();
    const before = await rowOf(runId);
    expect(await submitDecision(student, runId, { choiceId: 'no-such-choice', step: 0 })).toMatchObject({
      kind: 'conflict',
      code: 'unavailable',
    });
    expect(await rowOf(runId)).toEqual(before);
    expect(await decisionsOf(runId)).toBe(0);
  });

  it('answers 409 for a choice whose condition does not hold in this run', async () => {
    // In the-table the last round of calls is offered only to delegations that still need a call.
    const runId = await newRun(student, 'the-table');
    const target = pathToUnavailableChoice(scenario('the-table'), (await rowOf(runId)).seed);
    if (!target) throw new Error('the-table: no conditioned choice is ever hidden');
    for (const [step, choiceId] of target.path.entries())
      expect((await submitDecision(student, runId, { choiceId, step })).ok).toBe(true);
    const before = await rowOf(runId);
    const refused = await submitDecision(student, runId, {
      choiceId: target.choiceId,
      step: target.path.length,
    });
    expect(refused).toMatchObject({ ok: false, kind: 'conflict', code: 'unavailable' });
    expect(await rowOf(runId)).toEqual(before);
    expect(await decisionsOf(runId)).toBe(target.path.length);
  });

  it('records a double submit once, sequential or concurrent', async () => {
    const runId = await newRun();
    const choiceId = await firstChoice(runId);
    const once = await submitDecision(student, runId, { choiceId, step: 0 });
    const again = await submitDecision(student, runId, { choiceId, step: 0 });
    expect(again).toEqual(once);
    expect(await decisionsOf(runId)).toBe(1);

    const raced = await newRun();
    const racedChoice = await firstChoice(raced);
    const results = await Promise.all(
      [0, 1, 2].map(() => submitDecision(student, raced, { choiceId: racedChoice, step: 0 })),
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(await decisionsOf(raced)).toBe(1);
    expect((await rowOf(raced)).step).toBe(1);
  });

  it('lets only one of two different concurrent choices through', async () => {
    const runId = await newRun();
    const [a, b] = (await loadOwnRun(student, runId))?.view.choices ?? [];
    if (!a || !b) throw new Error('the first node needs two choices');
    const results = await Promise.all(
      [a, b].map((c) => submitDecision(student, runId, { choiceId: c.id, step: 0 })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.kind === 'stale')).toHaveLength(1);
    expect(await decisionsOf(runId)).toBe(1);
  });

  it('plays to an ending, then refuses further decisions and stores a reflection', async () => {
    const runId = await newRun(student, 'the-table');
    expect((await saveReflection(student, runId, 'too early')).ok).toBe(false);
    let run = await loadOwnRun(student, runId);
    while (run && !run.view.ending) {
      const choiceId = run.view.choices[0]?.id ?? '';
      const next = await submitDecision(student, runId, { choiceId, step: run.view.step });
      if (!next.ok) throw new Error(next.reason);
      run = next.run;
    }
    const row = await rowOf(runId);
    expect(row.endingId).toBe(run?.view.ending?.id);
    expect(row.endedAt).not.toBeNull();
    expect(await decisionsOf(runId)).toBe(row.step);
    expect(await submitDecision(student, runId, { choiceId: 'continue', step: row.step })).toMatchObject({
      kind: 'closed',
      code: 'ended',
    });
    const saved = await saveReflection(student, runId, '  Consensus: one vote is enough to block.  ');
    expect(saved.ok && saved.run.reflection).toBe('Consensus: one vote is enough to block.');
    expect((await rowOf(runId)).reflection).toBe('Consensus: one vote is enough to block.');
    // Play again starts a new run and keeps the ended one in history.
    const again = await startRun(student, 'the-table', null);
    if (!again.ok) throw new Error(`play again was refused: ${JSON.stringify(again)}`);
    expect(again.value.runId).not.toBe(runId);
    const history = await listOwnRuns(student, 'the-table');
    expect(history.map((r) => r.id)).toEqual(expect.arrayContaining([runId, again.value.runId]));
    expect(history.find((r) => r.id === runId)?.endingTitle).toBe(run?.view.ending?.title);
  });

  it('keeps runs private: another user gets 404 and changes nothing', async () => {
    const runId = await newRun();
    const stranger = await createStudent(t.db);
    expect(await loadOwnRun(stranger, runId)).toBeNull();
    expect(
      await submitDecision(stranger, runId, { choiceId: await firstChoice(runId), step: 0 }),
    ).toMatchObject({ kind: 'not-found' });
    expect(await saveReflection(stranger, runId, 'x')).toMatchObject({ kind: 'not-found' });
    expect(await decisionsOf(runId)).toBe(0);
  });
});
