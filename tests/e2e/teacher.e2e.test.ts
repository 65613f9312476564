import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getModule } from '@/lib/content/load';
import { expectAccessible, launch, newPage, signIn, signUp, uniqueName } from './support/browser';
import { playToEnding } from './support/scenario';

const SLUG = 'allied-politics';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The board row of one student, found by the name in its row header. */
function boardRow(page: Page, name: string) {
  return page.locator('main table tbody tr').filter({ has: page.getByRole('rowheader', { name }) });
}

describe('teacher workspace in a real browser', () => {
  it('class → join → assign → student completes the quiz and the scenario → live board → CSV', async () => {
    const teacher = await newPage(browser);
    const t = teacher.page;
    await signUp(t, { name: 'Ms E2E', identifier: uniqueName('teach'), role: 'Teacher' });
    await t.waitForURL('**/teacher');
    await t.getByLabel('Class name').fill('E2E Politics');
    await t.getByRole('button', { name: 'Create class' }).click();
    const created = t.getByText(/join code is [A-Z2-9]{4}-[A-Z2-9]{4}/);
    await expect.poll(() => created.count()).toBe(1);
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec((await created.textContent()) ?? '')?.[1] ?? '';
    await expectAccessible(t);
    await t.getByRole('link', { name: 'E2E Politics' }).click();
    await expect.poll(() => t.getByTestId('join-code').textContent()).toBe(code);
    await expectAccessible(t);
    const classUrl = t.url();

    const student = await newPage(browser);
    const s = student.page;
    const pupilName = `Pupil ${uniqueName('p').slice(-6)}`;
    await signUp(s, { name: pupilName, identifier: uniqueName('pupil'), role: 'Student' });
    await s.waitForURL('**/student');
    await s.getByLabel('Join a class').fill(code.toLowerCase());
    await s.getByRole('button', { name: 'Join class' }).click();
    await expect.poll(() => s.getByText('You joined E2E Politics').count()).toBe(1);

    await t.goto(`${classUrl}/assignments`);
    await t.getByLabel('What to assign').selectOption(`QUIZ:${SLUG}`);
    await t.getByLabel('Maximum attempts (optional)').fill('0');
    await t.getByRole('button', { name: 'Assign' }).click();
    await expect
      .poll(() => t.locator('#assign-maxAttempts-error').textContent())
      .toContain('whole number from 1 to 20');
    await t.getByLabel('Maximum attempts (optional)').fill('2');
    await t.getByLabel('Test — review after submitting').check();
    await t.getByRole('button', { name: 'Assign' }).click();
    await expect.poll(() => t.locator('main [role=status]').first().textContent()).toContain('Assigned');
    await expectAccessible(t);
    await t.getByLabel('What to assign').selectOption('SCENARIO:the-table');
    await t.getByLabel('Maximum attempts (optional)').fill('');
    await t.getByRole('button', { name: 'Assign' }).click();

    await t.goto(`${classUrl}/board`);
    await expect
      .poll(() => boardRow(t, pupilName).textContent(), { timeout: 10_000 })
      .toContain('not started');
    await expectAccessible(t);
    // A marker on the window survives only if the page is never reloaded.
    await t.evaluate(() => ((window as unknown as { boardMarker: number }).boardMarker = 42));

    await s.goto('/student');
    const title = getModule(SLUG)?.title ?? '';
    await s.getByRole('link', { name: `Take the quiz ${title}` }).click();
    await s.waitForURL(`**/modules/${SLUG}/quiz?assignment=*`);
    await s.getByRole('button', { name: 'Start quiz' }).click();
    await s
      .getByText(/^Question 1 of/)
      .waitFor({ timeout: 15_000 })
      .catch(async () => {
        throw new Error(
          `quiz did not start at ${s.url()}: ${(await s.locator('main').textContent())?.slice(0, 400)}`,
        );
      });
    await s.getByLabel('By unanimous agreement of all the members').check();
    await s.getByLabel('Sure', { exact: true }).check();
    await s.getByRole('button', { name: 'Save answer' }).click();
    await expect.poll(() => s.locator('main [role=status]').first().textContent()).toContain('Answer saved');
    await s.getByRole('button', { name: 'Submit quiz' }).click();
    await s.getByRole('button', { name: 'Yes, submit quiz' }).click();
    await s.waitForURL('**/attempts/**');

    // The assigned scenario, played to an ending from the student's home.
    await s.goto('/student');
    await s.getByRole('link', { name: 'Start The Table' }).click();
    await s.waitForURL('**/scenarios/the-table?assignment=*');
    await s.getByRole('button', { name: 'Start the scenario' }).click();
    await s.waitForURL('**/runs/**');
    await playToEnding(s);

    // The board picks both up by polling, without a reload: the quiz and the scenario are done.
    await expect
      .poll(() => boardRow(t, pupilName).textContent(), { timeout: 20_000, interval: 500 })
      .toMatch(/done[\s\S]*done/);
    expect(await t.evaluate(() => (window as unknown as { boardMarker?: number }).boardMarker)).toBe(42);

    await boardRow(t, pupilName).getByRole('link', { name: pupilName }).click();
    await expect.poll(() => t.getByRole('heading', { level: 1 }).textContent()).toBe(pupilName);
    await expect.poll(() => t.getByText('✓ correct').count()).toBe(1);
    // Every question the pupil skipped is listed as such, beside its correct answer.
    expect(await t.getByText('○ not answered', { exact: true }).count()).toBe(
      (getModule(SLUG)?.questions.length ?? 0) - 1,
    );
    expect(await t.getByText('By unanimous agreement of all the members').count()).toBe(2);
    await expectAccessible(t);

    await t.goto(`${classUrl}/analytics`);
    await expect.poll(() => t.getByRole('heading', { name: /Questions:/ }).count()).toBe(1);
    await expectAccessible(t);

    await t.goto(`${classUrl}/assignments`);
    const [download] = await Promise.all([
      t.waitForEvent('download'),
      t.getByRole('link', { name: `CSV of ${title}` }).click(),
    ]);
    const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const questions = getModule(SLUG)?.questions ?? [];
    expect(lines).toHaveLength(1 + questions.length);
    expect(lines[0]).toMatch(/^Student name,Username,Question id,Prompt,Response,Correct/);
    const first = lines.find((l) => l.includes(',pol-how-invited,'));
    expect(first).toContain(pupilName);
    // The pupil's answer beside the correct one, both in words.
    expect(first).toMatch(
      /By unanimous agreement of all the members,By unanimous agreement of all the members,yes,1,sure,/,
    );
    // Questions skipped in the submitted attempt say so.
    expect(lines.filter((l) => l.includes(',not answered,')).length).toBe(questions.length - 1);
    expect(lines.filter((l) => l.includes(',yes,')).length).toBe(1);

    await teacher.context.close();
    await student.context.close();
  }, 120_000);

  it('bulk accounts: printable cards, first sign-in sets a password, reset issues a new one', async () => {
    const { page: t, context } = await newPage(browser);
    await signUp(t, { name: 'Mr Bulk', identifier: uniqueName('bulk'), role: 'Teacher' });
    await t.waitForURL('**/teacher');
    await t.getByLabel('Class name').fill('Bulk class');
    await t.getByRole('button', { name: 'Create class' }).click();
    await t.getByRole('link', { name: 'Bulk class' }).click();
    await t.waitForURL('**/teacher/classes/*');
    const classUrl = t.url();
    await t.getByRole('link', { name: 'Create accounts and print sign-in cards' }).click();
    await t.getByRole('button', { name: 'Create accounts' }).click();
    await expect.poll(() => t.locator('#bulk-names-error').textContent()).toContain('at least one name');
    await t.getByLabel('Student names, one per line').fill('Iryna Bondar\nMykola Shevchuk\n');
    await t.getByRole('button', { name: 'Create accounts' }).click();
    const cards = t.getByRole('list', { name: 'Sign-in cards' }).locator('li');
    await expect.poll(() => cards.count()).toBe(2);
    await expectAccessible(t);
    const card = (await cards.first().textContent()) ?? '';
    const username = /Username: ([a-z]+-\d{4})/.exec(card)?.[1] ?? '';
    const oneTime = /One-time password: ([a-z]+(?:-\d{4}-[a-z]+)+)/.exec(card)?.[1] ?? '';
    expect(username).not.toBe('');
    await t.goto(classUrl);
    await expect.poll(() => t.getByRole('rowheader', { name: 'Iryna Bondar' }).count()).toBe(1);

    const pupil = await newPage(browser);
    await signIn(pupil.page, username, oneTime);
    await pupil.page.waitForURL('**/account/password');
    await pupil.page.goto('/student');
    await pupil.page.waitForURL('**/account/password');
    await expectAccessible(pupil.page);
    await pupil.page.getByLabel('New password', { exact: true }).fill('my-own-secret-pw');
    await pupil.page.getByLabel('New password again').fill('my-own-secret-pw');
    await pupil.page.getByRole('button', { name: 'Save password' }).click();
    await pupil.page.waitForURL('**/student');
    await expect
      .poll(() => pupil.page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Hello, Iryna Bondar');
    await expect.poll(() => pupil.page.locator('main').textContent()).toContain('Bulk class');

    await t
      .getByRole('button', { name: /Reset password of/ })
      .first()
      .click();
    await expect.poll(() => t.getByText(/New one-time password: [a-z]+(?:-\d{4}-[a-z]+)+/).count()).toBe(1);
    await pupil.context.close();
    await context.close();
  });

  it('the demo teacher sees living classes, and every teacher page passes axe', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, 'teacher@demo.opendoor', 'open-door-demo');
    await page.waitForURL('**/teacher');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Demo class: Year 11 History' }).click();
    // The class page's own address: read once the navigation the click started has finished.
    await page.waitForURL(/\/teacher\/classes\/[^/]+$/);
    const classUrl = page.url();
    await expectAccessible(page);
    for (const tab of ['assignments', 'board', 'analytics']) {
      await page.goto(`${classUrl}/${tab}`);
      await expectAccessible(page);
    }
    await page.goto(`${classUrl}/board`);
    await page
      .locator('main table tbody tr')
      .nth(19)
      .waitFor({ timeout: 15_000 })
      .catch(async () => {
        throw new Error(
          `board of the demo class at ${page.url()}: ${(await page.locator('main').textContent())?.slice(0, 400)}`,
        );
      });
    const text = (await page.locator('main table').textContent()) ?? '';
    for (const status of ['done', 'late', 'in progress']) expect(text).toContain(status);
    await page.getByLabel('Show students with').selectOption('late');
    const late = await page.locator('main table tbody tr').count();
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(25);
    await page.locator('main table tbody tr th a').first().click();
    await page.waitForURL('**/students/**');
    await expectAccessible(page);
    await page.goto(`${classUrl}/analytics`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Address before next lesson' }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    expect(await page.locator('main ol li.card').count()).toBeGreaterThan(0);
    await context.close();
  }, 150_000);
});
