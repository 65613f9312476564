import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** What has keyboard focus, described for assertions and failure messages. */
export async function focused(page: Page): Promise<{ tag: string; id: string; name: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? 'none',
      id: el?.id ?? '',
      name: (
        el?.getAttribute('aria-label') ??
        (el instanceof HTMLInputElement || el instanceof HTMLSelectElement
          ? el.labels?.[0]?.textContent
          : null) ??
        el?.textContent ??
        ''
      )
        .replace(/\s+/g, ' ')
        .trim(),
    };
  });
}

/** Focus is somewhere meaningful: never <body> (or nowhere), now and once the page settles. */
export async function expectFocusKept(page: Page, what: string): Promise<void> {
  await page.waitForTimeout(150);
  await expect
    .poll(async () => (await focused(page)).tag, { message: `focus after ${what}`, timeout: 10_000 })
    .not.toMatch(/^(body|none)$/);
  // A second look after the next commit: focus that is lost late (a race) is caught too.
  await page.waitForTimeout(400);
  expect((await focused(page)).tag, `focus after ${what}`).not.toMatch(/^(body|none)$/);
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabTo(
  page: Page,
  match: (f: { tag: string; id: string; name: string }) => boolean,
  opts: { max?: number; back?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < (opts.max ?? 60); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached the element; last: ${JSON.stringify(await focused(page))}`);
}

export const named =
  (text: string | RegExp) =>
  (f: { name: string }): boolean =>
    typeof text === 'string' ? f.name === text : text.test(f.name);

/**
 * Every visible error message is announced and findable: it sits in an alert/live region, or it
 * is referenced (aria-describedby) by a field, and the page has a non-empty alert region.
 */
export async function expectErrorsAnnounced(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const alerts = [...document.querySelectorAll('[role=alert]')].filter((a) => a.textContent?.trim());
    if (alerts.length === 0) out.push('no alert region says anything');
    const live = (el: Element) => el.closest('[role=alert],[role=status],[aria-live]') !== null;
    const referenced = (el: Element) =>
      el.id !== '' &&
      [...document.querySelectorAll('[aria-describedby]')].some((f) =>
        (f.getAttribute('aria-describedby') ?? '').split(/\s+/).includes(el.id),
      );
    for (const error of document.querySelectorAll('.field-error'))
      if (error.textContent?.trim() && !live(error) && !referenced(error))
        out.push(`unannounced error: ${error.textContent}`);
    return out;
  });
  expect(problems).toEqual([]);
}

/** The page does not scroll sideways (WCAG 1.4.10): its content fits the viewport's width. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
