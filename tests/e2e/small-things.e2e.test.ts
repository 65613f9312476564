import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, signUp, uniqueName } from './support/browser';
import { openScenario, playToEnding } from './support/scenario';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('the smaller things a teacher and a pupil notice', () => {
  it('a board link opened signed out comes back to the board after sign-in; rename starts from the name', async () => {
    const { page: t, context } = await newPage(browser);
    const identifier = uniqueName('kravets');
    await signUp(t, { name: 'Ms Kravets', identifier, role: 'Teacher' });
    await t.waitForURL('**/teacher');
    const className = `Year 11 ${uniqueName('s').slice(-5)}`;
    await t.getByLabel('Class name').fill(className);
    await t.getByRole('button', { name: 'Create class' }).click();
    await t.getByRole('link', { name: className }).click();
    await t.getByTestId('join-code').waitFor();
    expect(await t.getByLabel('Rename class').inputValue()).toBe(className);
    const boardUrl = `${t.url()}/board`;
    await context.close();

    // The link from an email or the staff room's chat, opened in a fresh browser.
    const { page: later, context: laterContext } = await newPage(browser);
    await later.goto(boardUrl);
    await later.waitForURL('**/sign-in?**');
    expect(new URL(later.url()).searchParams.get('callbackUrl')).toBe(new URL(boardUrl).pathname);
    await later.getByLabel('Email or username').fill(identifier);
    await later.getByLabel('Password').fill('correct-horse-battery');
    await later.getByRole('button', { name: 'Sign in' }).click();
    await later.waitForURL(boardUrl);
    await expect
      .poll(() => later.getByRole('link', { name: 'Progress board' }).getAttribute('aria-current'))
      .toBe('page');
    await laterContext.close();
  }, 120_000);

  it('a scenario ending says how many endings the pupil has found', async () => {
    const { page: s, context } = await newPage(browser);
    const identifier = uniqueName('pupil');
    await signUp(s, { name: 'Dana', identifier, role: 'Student' });
    await s.waitForURL('**/student');
    await openScenario(s, 'the-envoy');
    await playToEnding(s);
    await expect
      .poll(() => s.getByTestId('endings-found').textContent())
      .toMatch(/^You have found 1 of \d+ endings: play again to find another\.$/);
    await context.close();
  }, 120_000);
});
