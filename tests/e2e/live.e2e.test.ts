import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getModule } from '@/lib/content/load';
import type { TQuestion } from '@/lib/content/question-schema';
import { expectAccessible, launch, newPage, signUp, uniqueName } from './support/browser';
import { createClassForCode, newStudentInClass } from './support/classroom';

const SLUG = 'allied-politics';
type TSingle = Extract<TQuestion, { type: 'single' }>;
const [Q1, Q2] = (getModule(SLUG)?.questions ?? []).filter((q): q is TSingle => q.type === 'single');
const right = (q: TSingle) => q.options.find((o) => o.correct)!.id;
const wrong = (q: TSingle) => q.options.find((o) => !o.correct)!.id;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function joinLive(s: Page) {
  await s.goto('/student');
  await s.getByRole('link', { name: /^Join: / }).click();
  await s.waitForURL('**/student/live/*');
}

async function answer(s: Page, optionId: string) {
  await s.locator(`input[type=radio][value="${optionId}"]`).check();
  await s.getByRole('button', { name: /my answer/ }).click();
  await expect.poll(() => s.getByTestId('live-status').textContent()).toContain('Your answer is in');
}

const mark = (what: string) => console.log(`live e2e: ${what}`);

describe('a live lesson in real browsers', () => {
  it('teacher and three students: join, vote, re-vote, reveal, reload, late joiner, end, report', async () => {
    const t = (await newPage(browser)).page;
    await signUp(t, { name: 'Ms Live', identifier: uniqueName('teach'), role: 'Teacher' });
    await t.waitForURL('**/teacher');
    const code = await createClassForCode(t, 'Live Politics');
    const [ann, ben, cat] = [
      await newStudentInClass(browser, code, 'Ann Live'),
      await newStudentInClass(browser, code, 'Ben Live'),
      await newStudentInClass(browser, code, 'Cat Live'),
    ];

    mark('students joined class');
    // Start: two questions, the second of the module first (a chosen order).
    await t.getByRole('link', { name: 'Live Politics' }).click();
    await t.getByRole('link', { name: 'Live lesson' }).click();
    await t.getByRole('link', { name: getModule(SLUG)!.title }).click();
    for (const box of await t.locator('input[name=questionId]').all()) await box.uncheck();
    await t.locator(`input[name=questionId][value="${Q1!.id}"]`).check();
    await t.locator(`input[name=questionId][value="${Q2!.id}"]`).check();
    await t.locator(`input[name="order-${Q2!.id}"]`).fill('1');
    await t.locator(`input[name="order-${Q1!.id}"]`).fill('2');
    await t.getByRole('button', { name: 'Start the live lesson' }).click();
    await t.waitForURL('**/teacher/live/*');
    const sessionId = t.url().split('/').pop()!;
    await expect.poll(() => t.getByTestId('live-prompt').textContent()).toBe(Q2!.prompt);

    mark('presenter open');
    await joinLive(ann);
    await joinLive(ben);
    await expect.poll(() => ann.getByTestId('live-prompt').textContent()).toBe(Q2!.prompt);
    await expectAccessible(ann);
    await expect.poll(() => t.getByTestId('live-count').textContent()).toBe('0 of 2 answered');
    await answer(ann, wrong(Q2!));
    await answer(ben, right(Q2!));
    await expect.poll(() => t.getByTestId('live-count').textContent()).toBe('2 of 2 answered');
    await expectAccessible(t);

    mark('answered');
    // What a phone receives before Reveal carries nothing of the key.
    const before = await ann.evaluate(async (id) => (await fetch(`/api/live/${id}`)).text(), sessionId);
    expect(before).not.toContain(Q2!.explanation);
    expect(before).not.toMatch(/"correct"|explanation|feedback":\{/);

    // A reload mid-question comes back to the same question with the answer in.
    await ben.reload();
    await expect.poll(() => ben.getByTestId('live-status').textContent()).toContain('Your answer is in');

    mark('reloaded');
    // Peer instruction: stop, the first vote hidden, vote again, Ann moves to the right answer.
    await t.getByRole('button', { name: 'Stop the vote' }).click();
    await expect.poll(() => t.getByTestId('live-suggestion').count()).toBe(1);
    await expect.poll(() => t.getByRole('table').count()).toBe(0);
    await t.getByRole('button', { name: 'Vote again' }).click();
    await expect.poll(() => ann.getByText('second vote').count()).toBeGreaterThan(0);
    await answer(ann, right(Q2!));
    await answer(ben, right(Q2!));
    await t.getByRole('button', { name: 'Reveal the answer' }).click();
    await expect
      .poll(() => t.getByTestId('live-shift').textContent())
      .toContain('1 moved to the right answer');
    await expect.poll(() => t.getByText('First vote').count()).toBeGreaterThan(0);
    expect(await t.locator('main').textContent()).not.toContain('Ann Live');
    await expectAccessible(t);
    await expect.poll(() => ann.getByText('Your feedback').count()).toBe(1);
    await expectAccessible(ann);

    mark('revealed');
    // Next: a double click moves one question; a late joiner enters at the current question.
    const next = t.getByRole('button', { name: 'Next question' });
    await next.dblclick();
    await expect.poll(() => t.getByTestId('live-prompt').textContent()).toBe(Q1!.prompt);
    await expect.poll(() => ann.getByTestId('live-prompt').textContent()).toBe(Q1!.prompt);
    await joinLive(cat);
    await expect.poll(() => cat.getByTestId('live-prompt').textContent()).toBe(Q1!.prompt);
    await answer(cat, right(Q1!));
    await answer(ann, wrong(Q1!));
    await expect.poll(() => t.getByTestId('live-count').textContent()).toBe('2 of 3 answered');
    await t.getByRole('button', { name: 'Reveal the answer' }).click();
    // Ending before the reveal is on screen asks for confirmation; end from the revealed question.
    await expect.poll(() => t.getByRole('button', { name: 'Reveal the answer' }).count()).toBe(0);
    await t.getByRole('button', { name: 'End the lesson' }).click();
    await expect.poll(() => ann.getByText('The live lesson has ended').count()).toBe(1);

    mark('ended');
    await t.getByRole('link', { name: 'Open the lesson report' }).click();
    await t.waitForURL('**/report');
    await expect.poll(() => t.getByRole('rowheader', { name: 'Ann Live' }).count()).toBe(1);
    await expectAccessible(t);
    const csv = await t.evaluate(async (id) => (await fetch(`/api/live/${id}/csv`)).text(), sessionId);
    expect(csv).toContain(`Ann Live,${Q2!.id}`);
    expect(csv).toContain('wrong,right');
    // A whole lesson with four browsers is long on a shared 2-core machine.
  }, 240_000);
});
