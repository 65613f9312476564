import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, signIn } from './support/browser';

/**
 * Page titles (WCAG 2.4.2, accessibility review L1): a title says which class, page and student it
 * shows, so two open tabs are told apart; a refused or missing page says so in its title too.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const SUFFIX = ' · Open Door';

async function titleOf(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return page.title();
}

describe('page titles name what the page shows', () => {
  it('a missing page and a teacher page a student opens say so', async () => {
    const { page, context } = await newPage(browser);
    expect(await titleOf(page, '/no-such-page')).toBe(`Page not found${SUFFIX}`);
    await signIn(page, 'demo-student', 'open-door-demo');
    await page.waitForURL('**/student');
    for (const path of ['/teacher', '/teacher/reports', '/teacher/classes/cnosuchclass0000000000000/board']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      expect(await page.title(), path).toBe(`Not available to your account${SUFFIX}`);
    }
    await context.close();
  });

  it('class pages name the page and the class; student work names the student', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, 'teacher@demo.opendoor', 'open-door-demo');
    await page.waitForURL('**/teacher');
    const classLink = page.locator('main table a').first();
    const className = ((await classLink.textContent()) ?? '').trim();
    const classUrl = (await classLink.getAttribute('href')) ?? '';
    expect(className).not.toBe('');
    const pages: [string, string][] = [
      ['', 'Class and roster'],
      ['/board', 'Progress board'],
      ['/assignments', 'Assignments'],
      ['/analytics', 'Class analytics'],
      ['/reflections', 'Reflections'],
    ];
    for (const [path, name] of pages)
      expect(await titleOf(page, `${classUrl}${path}`)).toBe(`${name} · ${className}${SUFFIX}`);

    await page.goto(`${classUrl}/board`);
    const student = page.locator('main table tbody a').first();
    const studentName = ((await student.textContent()) ?? '').trim();
    expect(await titleOf(page, (await student.getAttribute('href')) ?? '')).toBe(
      `${studentName} · Student work · ${className}${SUFFIX}`,
    );

    // Another teacher's class, or none: the not-found page, with its own title.
    const res = await page.goto('/teacher/classes/cnosuchclass0000000000000/board');
    expect(res?.status()).toBe(404);
    expect(await page.title()).toBe(`Page not found${SUFFIX}`);
    await context.close();
  });
});
