import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, signIn, signUp, uniqueName } from './support/browser';
import { expectErrorsAnnounced, focused } from './support/keyboard';
import { chooseFirstWithKeyboard, openScenario } from './support/scenario';

/**
 * What is announced after an action (accessibility review L5, L6): the assignment form reports every
 * problem of one submit at once, and a scenario decision's announcement carries its effects.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

describe('announcements after an action', () => {
  it('the assignment form shows every problem of one submit, names them in its alert, focuses the first', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, 'teacher@demo.opendoor', 'open-door-demo');
    await page.waitForURL('**/teacher');
    await page.goto(`${await page.locator('main table a').first().getAttribute('href')}/assignments`);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Release (optional)').fill('2030-03-03T09:00');
    await page.getByLabel('Due (optional)').fill('2030-03-02T09:00');
    await page.getByLabel('Maximum attempts (optional)').fill('0');
    await page.getByRole('button', { name: 'Assign' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#assign-alert').textContent()).toBe(
      '⚠ 3 fields need attention: What to assign, Due (optional), Maximum attempts (optional).',
    );
    expect(await page.locator('#assign-content-error').textContent()).toContain('Choose a module quiz');
    expect(await page.locator('#assign-dueAt-error').textContent()).toContain('after the release date');
    expect(await page.locator('#assign-maxAttempts-error').textContent()).toContain(
      'whole number from 1 to 20',
    );
    expect((await focused(page)).id).toBe('assign-content');
    await expectErrorsAnnounced(page);
    // What the teacher typed stays (WCAG 3.3.7).
    expect(await page.getByLabel('Maximum attempts (optional)').inputValue()).toBe('0');
    await context.close();
  });

  /** The announcement after the first decision that moved a meter, and that step's visible changes. */
  async function firstStepWithChanges(page: Page) {
    for (let step = 0; step < 8; step++) {
      await page.locator('#node-heading').focus();
      await chooseFirstWithKeyboard(page);
      const changes = await page.locator('#last-step-heading ~ ul li').allTextContents();
      if (changes.length > 0) {
        const status = page.locator('main [role=status][aria-live=polite]').first();
        return { changes, announced: (await status.textContent()) ?? '' };
      }
    }
    throw new Error('no decision moved a meter in 8 steps');
  }

  it.each(['the-envoy', 'the-table'])('a decision in %s announces its meter changes', async (slug) => {
    const { page, context } = await newPage(browser);
    await signUp(page, { name: 'Listener', identifier: uniqueName('listener'), role: 'Student' });
    await page.waitForURL('**/student');
    await openScenario(page, slug);
    const { changes, announced } = await firstStepWithChanges(page);
    expect(announced).toContain('Changes: ');
    // "Allied unity: 5 → 6 (up 1, better)" on screen is "Allied unity 5 → 6 (up 1, better)" spoken.
    for (const change of changes) expect(announced).toContain(change.replace(/: (-?\d)/, ' $1'));
    if (slug === 'the-table' && (await page.locator('#node-heading').count()) > 0)
      expect(announced).toContain(`Vote: ${await page.getByTestId('consensus-verdict').textContent()}`);
    await context.close();
  });
});
