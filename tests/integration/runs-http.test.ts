import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setDatabaseClient } from '@/lib/db';
import type { SessionUser } from '@/lib/dal/users';
import { startRun } from '@/lib/dal/run-start';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { createStudent } from './runs-support';

// The route handlers are called directly; only "who is asking" is stood in for, as a session would.
const signedIn = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({
  userForRoute: async () =>
    signedIn.user
      ? { user: signedIn.user }
      : { response: Response.json({ error: 'Sign in first.' }, { status: 401 }) },
}));
const { POST: postDecision } = await import('@/app/api/runs/[id]/decisions/route');
const { POST: postReflection } = await import('@/app/api/runs/[id]/reflection/route');

function call(handler: typeof postDecision, runId: string, body: unknown) {
  const request = new Request(`http://test/api/runs/${runId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return handler(request, { params: Promise.resolve({ id: runId }) });
}

describe.each(databaseKinds())('run route handlers on %s', (kind) => {
  let t: TestDatabase;
  let student: SessionUser;
  let runId: string;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
    student = await createStudent(t.db);
    const started = await startRun(student, 'the-envoy', null);
    if (!started.ok) throw new Error(started.reason);
    runId = started.value.runId;
  });
  afterAll(() => t?.drop());

  it('answers 401 to a visitor', async () => {
    signedIn.user = null;
    expect((await call(postDecision, runId, { choiceId: 'x', step: 0 })).status).toBe(401);
  });

  it('answers 400 with a short reason for a bad body', async () => {
    signedIn.user = student;
    for (const body of [
      'not json',
      { choiceId: '', step: 0 },
      { choiceId: 'x', step: -1 },
      { choiceId: 'x' },
      { choiceId: 'x', step: 0, effects: {} },
    ]) {
      const res = await call(postDecision, runId, body);
      expect(res.status).toBe(400);
      const json = (await res.json()) as { error: string };
      expect(json.error.length).toBeGreaterThan(0);
      expect(json.error).not.toMatch(/at .*\.ts/);
    }
    expect((await call(postReflection, runId, { text: 'x'.repeat(2001) })).status).toBe(400);
  });

  it('answers 404 for an unknown or foreign run', async () => {
    signedIn.user = await createStudent(t.db);
    expect((await call(postDecision, runId, { choiceId: 'x', step: 0 })).status).toBe(404);
    expect((await call(postDecision, 'no-such-run', { choiceId: 'x', step: 0 })).status).toBe(404);
    expect((await call(postReflection, runId, { text: 'mine now' })).status).toBe(404);
  });

  it('applies a choice (200), then answers 409 to an unavailable choice and a stale step', async () => {
    signedIn.user = student;
    const first = await call(postDecision, runId, { choiceId: 'no-such-choice', step: 0 });
    expect(first.status).toBe(409);
    const { run } = (await first.json()) as { run: { view: { choices: { id: string }[] } } };
    const [a, b] = run.view.choices;
    if (!a || !b) throw new Error('the first node needs two choices');

    const ok = await call(postDecision, runId, { choiceId: a.id, step: 0 });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { run: { view: { step: number } } };
    expect(body.run.view.step).toBe(1);
    // The reply is the public view: no effects, targets or conditions of any choice.
    expect(JSON.stringify(body)).not.toMatch(/"(effects|next|when|weight)"/);

    expect((await call(postDecision, runId, { choiceId: a.id, step: 0 })).status).toBe(200);
    const stale = await call(postDecision, runId, { choiceId: b.id, step: 0 });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { reason: string }).reason).toBe('stale');
    expect(await t.db.scenarioDecision.count({ where: { runId } })).toBe(1);
    // The run has not ended, so there is nothing to reflect on yet.
    expect((await call(postReflection, runId, { text: 'early' })).status).toBe(400);
  });
});
