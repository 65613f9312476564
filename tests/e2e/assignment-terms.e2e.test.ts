import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, newPage, signUp, uniqueName } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A datetime-local value on the browser's own clock, `days` from now. */
function wallTime(page: Page, days: number): Promise<string> {
  return page.evaluate((d) => {
    const at = new Date(Date.now() + d * 86_400_000);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T15:30`;
  }, days);
}

describe('assignments a teacher can manage for one pupil', () => {
  it('an overdue quiz: one pupil gets an extension and an extra attempt, then late work is accepted for all', async () => {
    const { page: t, context } = await newPage(browser);
    await signUp(t, { name: 'Mr Melnyk', identifier: uniqueName('melnyk'), role: 'Teacher' });
    await t.waitForURL('**/teacher');
    const className = `Year 9 ${uniqueName('t').slice(-5)}`;
    await t.getByLabel('Class name').fill(className);
    await t.getByRole('button', { name: 'Create class' }).click();
    await t.getByRole('link', { name: className }).click();
    await t.getByTestId('join-code').waitFor();
    const classUrl = t.url();
    const code = (await t.getByTestId('join-code').textContent()) ?? '';

    // The pupil joins before the quiz was due yesterday and did not do it.
    const { page: s, context: pupilContext } = await newPage(browser);
    const pupilName = `Olha ${uniqueName('o').slice(-5)}`;
    await signUp(s, { name: pupilName, identifier: uniqueName('olha'), role: 'Student' });
    await s.waitForURL('**/student');
    await s.getByLabel('Join a class').fill(code);
    await s.getByRole('button', { name: 'Join class' }).click();
    await expect.poll(() => s.getByText(`You joined ${className}`).count()).toBe(1);

    await t.goto(`${classUrl}/assignments`);
    await t.getByLabel('What to assign').selectOption('QUIZ:article-5-borders');
    await t.getByLabel('Due (optional)').fill(await wallTime(t, -1));
    await t.getByLabel('Maximum attempts (optional)').fill('1');
    // New work accepts late work unless the teacher says otherwise; this quiz does not.
    expect(await t.getByLabel('Accept late work').isChecked()).toBe(true);
    await t.getByLabel('Accept late work').uncheck();
    await t.getByRole('button', { name: 'Assign' }).click();
    await expect.poll(() => t.locator('main [role=status]').first().textContent()).toContain('Assigned');

    await s.goto('/student');
    await expect.poll(() => s.locator('main').textContent()).toContain('The due date has passed');

    // The teacher opens the pupil from the board and gives an extension to tomorrow and one more attempt.
    await t.goto(`${classUrl}/board`);
    await t.getByRole('link', { name: pupilName }).click();
    await t.waitForURL('**/students/**');
    await t.waitForLoadState('networkidle');
    await t.getByLabel(`Due date for ${pupilName}`).fill(await wallTime(t, 1));
    await t.getByRole('textbox', { name: /^Extra attempts for / }).fill('1');
    await t.getByRole('button', { name: /^Save/ }).click();
    await expect.poll(() => t.getByText('Saved. The pupil sees it at once.').count()).toBe(1);
    expect(await t.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    await expectAccessible(t);
    await t.setViewportSize({ width: 320, height: 700 });
    expect(await t.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await t.setViewportSize({ width: 1280, height: 800 });

    await t.goto(`${classUrl}/board`);
    const cell = t.locator(`tr[data-student="${pupilName}"] [data-testid="pupil-terms"]`);
    await expect
      .poll(() => cell.textContent())
      .toMatch(/^Extended to \w{3} \d{1,2} \w{3}, 3:30 pm · 1 extra attempt$/);

    // The pupil's card says what applies and the quiz opens again.
    await s.goto('/student');
    const terms = s.locator('[data-testid="pupil-terms"]');
    await expect.poll(() => terms.textContent()).toMatch(/^Extended to .+ · 1 extra attempt$/);
    expect(await s.locator('main').textContent()).not.toContain('The due date has passed');
    await expectAccessible(s);
    await s.getByRole('link', { name: /Take the quiz/ }).click();
    await expect.poll(() => s.getByRole('button', { name: 'Start quiz' }).count()).toBe(1);

    // Late work accepted for the whole class: the board's column says so, and so does the card.
    await t.goto(`${classUrl}/assignments`);
    await t.getByRole('link', { name: /^Edit/ }).first().click();
    // The edit form fills its dates in once the browser has said its zone (and is drawn anew then).
    await expect.poll(() => t.getByLabel('Due (optional)').inputValue()).not.toBe('');
    await t.getByLabel('Accept late work').check();
    await t.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => t.getByText('Saved. Students see the new settings at once.').count()).toBe(1);
    await t.goto(`${classUrl}/board`);
    await expect.poll(() => t.getByRole('columnheader', { name: /Late work accepted/ }).count()).toBe(1);
    await s.goto('/student');
    await expect.poll(() => terms.textContent()).toContain('Late work accepted');

    await pupilContext.close();
    await context.close();
  }, 180_000);
});
