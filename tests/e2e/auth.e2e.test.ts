import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launch, newPage, signIn, signUp, uniqueName } from './support/browser';

const DEMO_PASSWORD = 'open-door-demo';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('accounts in a real browser', () => {
  it('a student signs up, lands on their home with an honest empty state, and joins a class', async () => {
    const { page, context } = await newPage(browser);
    const username = uniqueName('pupil');
    await signUp(page, { name: 'Olena Test', identifier: username, role: 'Student' });
    await page.waitForURL('**/student');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Hello, Olena Test');
    await expect.poll(() => page.getByText('You are not in a class yet').count()).toBe(1);
    await expectAccessible(page);

    await page.getByLabel('Join a class').fill('year-2345');
    await page.getByRole('button', { name: 'Join class' }).click();
    await expect.poll(() => page.getByText('You joined Demo class: Year 11 History').count()).toBe(1);
    await expect.poll(() => page.getByText('taught by Ms Demo').count()).toBe(1);
    await context.close();
  });

  it('a teacher signs up, creates a class and sees its join code', async () => {
    const { page, context } = await newPage(browser);
    await signUp(page, {
      name: 'Mr Teach',
      identifier: `${uniqueName('t')}@school.example`,
      role: 'Teacher',
    });
    await page.waitForURL('**/teacher');
    await expect.poll(() => page.getByText('You have no classes yet').count()).toBe(1);
    await expectAccessible(page);
    await page.getByLabel('Class name').fill('Year 12 Politics');
    await page.getByRole('button', { name: 'Create class' }).click();
    await expect.poll(() => page.getByText(/join code is [A-Z2-9]{4}-[A-Z2-9]{4}/).count()).toBe(1);
    await expect.poll(() => page.getByRole('rowheader', { name: 'Year 12 Politics' }).count()).toBe(1);
    await context.close();
  });

  it('sign-up shows field errors and creates nothing for bad input', async () => {
    const { page, context } = await newPage(browser);
    await signUp(page, { name: '', identifier: 'x', role: 'Student', password: 'short' });
    await expect.poll(() => page.getByText('Enter the name others will see.').count()).toBe(1);
    await expect.poll(() => page.getByText('Use at least 10 characters.').count()).toBe(1);
    expect(page.url()).toContain('/sign-up');
    await context.close();
  });

  it('wrong password and unknown account get the same message', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, 'demo-student', 'not-the-password');
    // Next.js adds its own route announcer with role=alert; the form's alert is the one inside the form.
    const alert = page.locator('form [role=alert]');
    await expect.poll(() => alert.textContent()).toContain('do not match an account');
    const wrongPassword = await alert.textContent();
    await signIn(page, 'nobody-here-at-all', 'not-the-password');
    await expect.poll(() => page.locator('form [role=alert]').textContent()).toBe(wrongPassword);
    await context.close();
  });

  it('signs in, signs out, and a visitor is sent to sign-in from a protected page', async () => {
    const { page, context } = await newPage(browser);
    const res = await page.goto('/student');
    expect(res?.url()).toContain('/sign-in?callbackUrl=%2Fstudent');
    await signIn(page, 'demo-student', DEMO_PASSWORD);
    await page.waitForURL('**/student');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/student');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('a student cannot open a teacher page', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, 'demo-student', DEMO_PASSWORD);
    await page.waitForURL('**/student');
    const res = await page.goto('/teacher');
    expect(res?.status()).toBe(403);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Not available to your account' }).count())
      .toBe(1);
    await context.close();
  });

  it('sign out everywhere revokes the session in another browser', async () => {
    const username = uniqueName('revoke');
    const first = await newPage(browser);
    await signUp(first.page, { name: 'Two Devices', identifier: username, role: 'Student' });
    await first.page.waitForURL('**/student');
    const second = await newPage(browser);
    await signIn(second.page, username, 'correct-horse-battery');
    await second.page.waitForURL('**/student');

    await first.page.goto('/account');
    await first.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await first.page.waitForURL('**/sign-in');
    await second.page.goto('/student');
    expect(new URL(second.page.url()).pathname).toBe('/sign-in');
    await first.context.close();
    await second.context.close();
  });
});

describe('pages are accessible (axe, WCAG 2.1 A/AA)', () => {
  it('public pages', async () => {
    const { page, context } = await newPage(browser);
    for (const path of ['/', '/sign-in', '/sign-up', '/modules', '/modules/article-5-borders', '/glossary']) {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expectAccessible(page);
    }
    const missing = await page.goto('/no-such-page');
    expect(missing?.status()).toBe(404);
    expect(await page.getByRole('heading', { name: 'Page not found' }).count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it('signed-in pages', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, 'teacher@demo.opendoor', DEMO_PASSWORD);
    await page.waitForURL('**/teacher');
    for (const path of ['/teacher', '/account', '/modules/long-road']) {
      const res = await page.goto(path);
      // The page itself, signed in: not an error page and not a redirect to sign-in.
      expect(res?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(path);
      await expectAccessible(page);
    }
    await context.close();
  });
});
