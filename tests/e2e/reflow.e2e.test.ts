import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launch, signIn, signUp, uniqueName } from './support/browser';
import { horizontalOverflow } from './support/keyboard';

/**
 * Reflow (WCAG 1.4.10, accessibility review M5): no page scrolls sideways at 320 CSS px, nor at
 * 1,280. "Every page" is found by following the links each role can reach from its home page, so
 * a new page is covered without editing this list.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const MAX_PAGES = 60;
/** Links that are downloads, actions or other people's accounts, not pages to lay out. */
const SKIP = /^\/api\/|\.csv($|\?)|\/sign-out|\/print/;

async function context(width: number): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseURL(), viewport: { width, height: 800 } });
}

/** Same-site pages reachable by links from `start`, breadth first, one of each route shape. */
async function crawl(page: Page, start: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const shapes = new Set<string>();
  const queue = [...start];
  const origin = new URL(baseURL()).origin;
  while (queue.length > 0 && seen.size < MAX_PAGES) {
    const path = queue.shift() as string;
    // One page per shape (/attempts/<id>): the same template with other ids lays out the same way.
    const shape = path.replace(/\/c[a-z0-9]{20,}/g, '/:id');
    if (seen.has(path) || shapes.has(shape)) continue;
    seen.add(path);
    shapes.add(shape);
    await page.goto(path);
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin || SKIP.test(url.pathname)) continue;
      queue.push(url.pathname);
    }
  }
  return [...seen];
}

async function overflowing(page: Page, paths: string[]): Promise<string[]> {
  const bad: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const extra = await horizontalOverflow(page);
    if (extra > 0) bad.push(`${path}: ${extra} px wider than the viewport`);
  }
  return bad;
}

describe('reflow: no page scrolls sideways', () => {
  it.each([
    ['visitor', null],
    ['student', ['demo-student', 'open-door-demo']],
    ['teacher', ['teacher@demo.opendoor', 'open-door-demo']],
  ] as const)(
    '%s pages at 320 px and 1,280 px',
    async (_role, who) => {
      const narrow = await context(320);
      const page = await narrow.newPage();
      if (who) await signIn(page, who[0], who[1]);
      await page.waitForLoadState('networkidle');
      const start =
        who === null ? ['/', '/sign-in', '/sign-up', '/no-such-page'] : [new URL(page.url()).pathname];
      const paths = await crawl(page, start);
      expect(paths.length).toBeGreaterThan(who === null ? 4 : 8);
      expect(await overflowing(page, paths)).toEqual([]);

      const wide = await context(1280);
      const widePage = await wide.newPage();
      if (who) await signIn(widePage, who[0], who[1]);
      expect(await overflowing(widePage, paths)).toEqual([]);
      await narrow.close();
      await wide.close();
      // Dozens of pages at two widths on a shared 2-core machine.
    },
    600_000,
  );

  it('a new student’s pages and a fresh quiz at 320 px', async () => {
    const narrow = await context(320);
    const page = await narrow.newPage();
    await signUp(page, { name: 'Narrow Screen', identifier: uniqueName('narrow'), role: 'Student' });
    await page.waitForURL('**/student');
    expect(await overflowing(page, ['/student', '/review', '/progress', '/attempts', '/account'])).toEqual(
      [],
    );
    await narrow.close();
    // Five pages and a sign-up; a busy machine must not turn slowness into a reflow failure.
  }, 180_000);
});
