import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, newPage, signIn, signUp, uniqueName } from './support/browser';
import { chooseFirstWithKeyboard, openScenario, playToEnding, stepOf } from './support/scenario';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PASSWORD = 'correct-horse-battery';

async function newStudent(page: Page): Promise<string> {
  const username = uniqueName('player');
  await signUp(page, { name: 'Scenario Player', identifier: username, role: 'Student', password: PASSWORD });
  await page.waitForURL('**/student');
  return username;
}

describe('decision scenarios in a real browser', () => {
  for (const slug of ['the-envoy', 'the-table']) {
    it(`plays ${slug} to an ending with the keyboard and shows the debrief`, async () => {
      const { page, context } = await newPage(browser);
      await newStudent(page);
      await openScenario(page, slug);
      await expectAccessible(page);
      await playToEnding(page);
      // The live region said what happened, and the debrief has every part.
      await expect
        .poll(() => page.locator('main [role=status][aria-live=polite]').first().textContent())
        .toContain('The run has ended');
      for (const name of [
        'What your choices correspond to in reality',
        'Obstacles you ran into',
        'What had actually happened, as of October 2024',
        'Where things stood at the end',
        'The path you took',
      ])
        expect(await page.getByRole('heading', { name }).count()).toBe(1);
      expect(await page.getByText('Fact', { exact: true }).count()).toBeGreaterThan(0);
      if (slug === 'the-table')
        expect(await page.getByTestId('consensus-verdict').textContent()).toMatch(/vote at the end/);
      await expectAccessible(page);

      // Reflection: type and save with the keyboard; it survives a reload.
      await page.getByLabel('Which obstacle was hardest to move, and why?').focus();
      await page.keyboard.type('Unanimity: one ally is enough to block.');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByText('Your reflection is saved.').count()).toBe(1);
      const endedRun = page.url();
      await page.reload();
      expect(await page.getByLabel('Which obstacle was hardest to move, and why?').inputValue()).toBe(
        'Unanimity: one ally is enough to block.',
      );

      // Play again: a new run, and the old one stays in the history.
      await page.getByRole('button', { name: 'Play again' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.startsWith('/runs/') && url.href !== endedRun);
      await page.locator('#node-heading').waitFor();
      await page.goto('/scenarios');
      // The page is prerendered; the reader's own runs load in the browser.
      await expect.poll(() => page.getByRole('link', { name: /^Debrief/ }).count()).toBe(1);
      expect(await page.getByRole('link', { name: /^Continue/ }).count()).toBe(1);
      await expectAccessible(page);
      await context.close();
    });
  }

  it('resumes exactly after a reload and after signing out and in again', async () => {
    const { page, context } = await newPage(browser);
    const username = await newStudent(page);
    await openScenario(page, 'the-envoy');
    await page.locator('#node-heading').focus();
    await chooseFirstWithKeyboard(page);
    await chooseFirstWithKeyboard(page);
    const where = {
      url: page.url(),
      heading: await page.locator('#node-heading').textContent(),
      step: await stepOf(page),
    };
    const timeline = await page.locator('[aria-labelledby=timeline-heading] li').allTextContents();
    expect(timeline).toHaveLength(2);

    await page.reload();
    expect(await page.locator('#node-heading').textContent()).toBe(where.heading);
    expect(await stepOf(page)).toBe(where.step);
    expect(await page.locator('[aria-labelledby=timeline-heading] li').allTextContents()).toEqual(timeline);
    expect(await page.getByRole('heading', { name: 'What just happened' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await signIn(page, username, PASSWORD);
    await page.waitForURL('**/student');
    await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
    await page.getByRole('link', { name: 'The Envoy', exact: true }).click();
    await page.waitForURL(where.url);
    expect(await page.locator('#node-heading').textContent()).toBe(where.heading);
    expect(await page.locator('[aria-labelledby=timeline-heading] li').allTextContents()).toEqual(timeline);
    await context.close();
  });

  it('shows the-table consensus on a phone-sized screen: stances, threshold and who would block', async () => {
    const { page, context } = await newPage(browser);
    await page.setViewportSize({ width: 375, height: 740 });
    await newStudent(page);
    await openScenario(page, 'the-table');
    const panel = page.locator('section[aria-labelledby=consensus-heading]');
    expect(await panel.getByRole('row').count()).toBe(7);
    expect(await panel.getByText('2 or below').count()).toBe(1);
    expect(await panel.getByTestId('consensus-verdict').textContent()).toBe(
      '3 of 6 would block a vote now: United States, Germany, Holdout ally (composite).',
    );
    expect(await panel.getByRole('row', { name: /Germany/ }).textContent()).toContain('Yes, blocks');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await context.close();
  });

  it('a second tab that fell behind gets a clear message and catches up, recording nothing twice', async () => {
    const { page, context } = await newPage(browser);
    await newStudent(page);
    await openScenario(page, 'the-envoy');
    const behind = await context.newPage();
    await behind.goto(page.url());
    await page.locator('#node-heading').focus();
    await chooseFirstWithKeyboard(page);
    const ahead = await page.locator('#node-heading').textContent();
    await behind.getByRole('list', { name: 'Your options' }).getByRole('button').nth(1).click();
    await expect.poll(() => behind.getByTestId('run-problem').textContent()).toContain('moved on');
    expect(await behind.locator('#node-heading').textContent()).toBe(ahead);
    expect(await behind.locator('[aria-labelledby=timeline-heading] li').count()).toBe(1);
    await context.close();
  });

  it('keeps a run private: another student gets a 404 page', async () => {
    const owner = await newPage(browser);
    await newStudent(owner.page);
    await openScenario(owner.page, 'the-envoy');
    const runUrl = owner.page.url();
    const other = await newPage(browser);
    await newStudent(other.page);
    const res = await other.page.goto(runUrl);
    expect(res?.status()).toBe(404);
    await owner.context.close();
    await other.context.close();
  });
});
