import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

it('a module briefing shows numbered citations that lead to their source and date, and glossary links', async () => {
  const { page, context } = await newPage(browser);
  await page.goto('/modules/article-5-borders');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe('Article 5 and a moving front line');
  expect(await page.getByText('After this module you can').count()).toBe(1);

  const firstCitation = page.getByRole('link', { name: 'Source 1', exact: true }).first();
  await firstCitation.click();
  expect(new URL(page.url()).hash).toBe('#source-1');
  const sources = page.locator('#sources-heading + ol li');
  expect(await sources.count()).toBeGreaterThan(3);
  const allSources = (await sources.allTextContents()).join('\n');
  expect(allSources).toContain('News report: NATO holds off on inviting Ukraine (October 2024), p3:');
  expect(allSources).toContain('(4 April 1949), art5:');
  // Each marker's id is unique on the page, and each source links back to where it is first cited.
  const ids = await page.$$eval('[id^="cite-"]', (els) => els.map((e) => e.id));
  expect(ids.length).toBeGreaterThan(3);
  expect(new Set(ids).size).toBe(ids.length);
  await page.getByRole('link', { name: 'Back to where source 1 is cited' }).click();
  expect(new URL(page.url()).hash.slice(1)).toBe(await firstCitation.getAttribute('id'));

  await page.getByRole('link', { name: 'Article 5', exact: true }).first().click();
  await page.waitForURL('**/glossary#article-5');
  expect(await page.locator('#article-5 dt').textContent()).toBe('Article 5');
  await context.close();
});
