import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getModule } from '@/lib/content/load';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { expectAccessible, launch, newPage, signUp, uniqueName } from './support/browser';
import { createClassForCode, newStudentInClass } from './support/classroom';

/**
 * A teacher who walks away without pressing End: once the lesson has had no move for three hours,
 * the pupil's next visit home ends it (no more "Live now"), their answer counts, and the projector
 * still open in the classroom says the lesson ended by itself.
 */
const SLUG = 'allied-politics';
const question = getModule(SLUG)!.questions.find((q) => q.type === 'single')!;

let browser: Browser;
let db: Db;
beforeAll(async () => {
  browser = await launch();
  db = createPrismaClient(inject('databaseUrl'));
});
afterAll(async () => {
  await db?.$disconnect();
  await browser?.close();
});

describe('a live lesson left running', () => {
  it('ends after three hours without a move: Live now goes, the answer counts, the projector says why', async () => {
    const t = (await newPage(browser)).page;
    await signUp(t, { name: 'Mr Away', identifier: uniqueName('teach'), role: 'Teacher' });
    await t.waitForURL('**/teacher');
    const code = await createClassForCode(t, 'Idle Politics');
    const pupil = await newStudentInClass(browser, code, 'Ida Idle');

    await t.getByRole('link', { name: 'Idle Politics' }).click();
    await t.waitForURL('**/teacher/classes/*');
    const classPage = t.url();
    await t.getByRole('link', { name: 'Live lesson' }).click();
    await t.getByRole('link', { name: getModule(SLUG)!.title }).click();
    for (const box of await t.locator('input[name=questionId]').all()) await box.uncheck();
    await t.locator(`input[name=questionId][value="${question.id}"]`).check();
    await t.getByRole('button', { name: 'Start the live lesson' }).click();
    await t.waitForURL('**/teacher/live/*');
    const sessionId = t.url().split('/').pop()!;

    await pupil.goto('/student');
    await pupil.getByRole('link', { name: /^Join: / }).click();
    await pupil.waitForURL('**/student/live/*');
    if (question.type !== 'single') throw new Error('a single-choice question');
    await pupil.locator(`input[type=radio][value="${question.options[0]!.id}"]`).check();
    await pupil.getByRole('button', { name: /my answer/ }).click();
    await expect.poll(() => pupil.getByTestId('live-status').textContent()).toContain('Your answer is in');

    // A second tab of the teacher's on the class page while the lesson runs: its tabs are prefetched now.
    const other = await t.context().newPage();
    await other.goto(classPage);
    await other.waitForLoadState('networkidle');

    // The teacher's last move was four hours ago (the lesson's clock, moved back).
    await db.liveSession.update({
      where: { id: sessionId },
      data: { movedAt: new Date(Date.now() - 4 * 60 * 60 * 1000) },
    });
    await pupil.goto('/student');
    await expect.poll(() => pupil.getByRole('heading', { name: 'My classes' }).count()).toBe(1);
    expect(await pupil.getByRole('heading', { name: 'Live now' }).count()).toBe(0);
    const attempt = await db.quizAttempt.findFirstOrThrow({ where: { liveSessionId: sessionId } });
    expect(attempt.state).toBe('SUBMITTED');

    // The projector left open hears the end and says it ended by itself.
    await expect
      .poll(() => t.getByTestId('live-ended-idle').textContent(), { timeout: 10_000 })
      .toBe('Ended automatically after 3 hours without a move.');
    await expect.poll(() => t.getByRole('heading', { name: 'The lesson has ended' }).count()).toBe(1);
    await expectAccessible(t);

    // The other tab's Live lesson tab shows the class as it is now, not as it was when prefetched.
    await other.getByRole('link', { name: 'Live lesson' }).click();
    await other.waitForURL('**/live');
    await expect.poll(() => other.getByRole('heading', { name: 'Start a live lesson' }).count()).toBe(1);
    expect(await other.getByRole('heading', { name: /^Running now/ }).count()).toBe(0);
  }, 120_000);
});
