import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterEach, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export const baseURL = () => inject('baseURL');

export async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Every page of every browser test runs under the app's Content-Security-Policy; anything the
 * policy blocks is a failure of the test that caused it (issue 9, deliverable 7).
 */
const cspViolations: string[] = [];
afterEach(() => {
  const seen = cspViolations.splice(0);
  expect(seen, 'Content-Security-Policy violations').toEqual([]);
});

function watchCsp(page: Page): void {
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
      cspViolations.push(`${page.url()}: ${message.text()}`);
  });
}

export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseURL() });
  // The DOM event names the directive even when the console message is suppressed.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  context.on('page', watchCsp);
  const page = await context.newPage();
  return { context, page };
}

/** WCAG 2.1 A/AA: no serious or critical violations on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) => `${v.id} (${v.impact}) on ${page.url()}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

let counter = 0;
/** A unique username per call, so tests never collide with each other or the seed. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export async function signUp(
  page: Page,
  opts: { name: string; identifier: string; role: 'Student' | 'Teacher'; password?: string },
) {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(opts.name);
  await page.getByLabel('Email or username').fill(opts.identifier);
  await page.getByLabel('Password').fill(opts.password ?? 'correct-horse-battery');
  await page.getByLabel(opts.role).check();
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function signIn(page: Page, identifier: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email or username').fill(identifier);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
