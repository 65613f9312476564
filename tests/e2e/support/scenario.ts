import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Starts (or resumes) a scenario from its page with the keyboard and waits for the player. */
export async function openScenario(page: Page, slug: string) {
  await page.goto(`/scenarios/${slug}`);
  if (!page.url().includes('/runs/')) {
    await page.getByRole('button', { name: 'Start the scenario' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/runs/**');
  }
  await page.locator('#node-heading').waitFor();
}

export const stepOf = (page: Page) =>
  page.locator('#node-heading').evaluate((h) => h.parentElement?.querySelector('p')?.textContent ?? '');

/**
 * One decision with the keyboard only: focus sits on the heading of what the player is looking at
 * (moved there by the player after every choice), Tab reaches the first option, Enter takes it.
 */
export async function chooseFirstWithKeyboard(page: Page) {
  const before = await stepOf(page);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    list: document.activeElement?.closest('ul')?.getAttribute('aria-label'),
  }));
  expect(focused.tag).toBe('BUTTON');
  expect(['Your options', 'Continue']).toContain(focused.list);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (old) =>
      document.querySelector('#ending-heading') !== null ||
      document.querySelector('#node-heading')?.parentElement?.querySelector('p')?.textContent !== old,
    before,
  );
  const headingFocused = await page.evaluate(() =>
    ['node-heading', 'ending-heading'].includes(document.activeElement?.id ?? ''),
  );
  expect(headingFocused).toBe(true);
}

export async function playToEnding(page: Page) {
  await page.locator('#node-heading').focus();
  for (let i = 0; i < 30 && (await page.locator('#ending-heading').count()) === 0; i++)
    await chooseFirstWithKeyboard(page);
  await page.locator('#ending-heading').waitFor();
}
