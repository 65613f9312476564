import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, expectAccessible, launch, newPage, signUp, uniqueName } from './support/browser';
import { playToEnding } from './support/scenario';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function teacherWithClass(page: Page, className: string) {
  await signUp(page, { name: 'Ms Rivera', identifier: uniqueName('rivera'), role: 'Teacher' });
  await page.waitForURL('**/teacher');
  await page.getByLabel('Class name').fill(className);
  await page.getByRole('button', { name: 'Create class' }).click();
  await page.getByRole('link', { name: className }).click();
  await page.getByTestId('join-code').waitFor();
  return { classUrl: page.url(), code: (await page.getByTestId('join-code').textContent()) ?? '' };
}

describe('a teacher’s first week in a real browser', () => {
  it('shares a class: copy the invite link, QR code, present view; a pupil joins from the landing page', async () => {
    const context = await browser.newContext({
      baseURL: baseURL(),
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const t = await context.newPage();
    const className = `Year 10 History ${uniqueName('c').slice(-5)}`;
    const { classUrl, code } = await teacherWithClass(t, className);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const link = (await t.getByTestId('invite-link').textContent()) ?? '';
    expect(link).toBe(`${new URL(baseURL()).origin}/join/${code}`);
    await t.getByRole('button', { name: 'Copy invite link' }).click();
    await expect.poll(() => t.getByText('Copied the invite link.').count()).toBe(1);
    expect(await t.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await t.getByRole('button', { name: 'Copy code' }).click();
    expect(await t.evaluate(() => navigator.clipboard.readText())).toBe(code);

    await t.getByText('Show a QR code').click();
    const qr = t.getByTestId('join-qr');
    expect(await qr.isVisible()).toBe(true);
    expect(await qr.getAttribute('aria-label')).toBe(`QR code that opens ${link}`);
    await expectAccessible(t);

    await t.getByRole('link', { name: 'Present the code' }).click();
    await expect.poll(() => t.getByTestId('present-code').textContent()).toBe(code);
    // Full screen over the page: the code fills most of the projector's width.
    const box = await t.getByTestId('present-code').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(600);
    await expectAccessible(t);
    await t.getByRole('link', { name: 'Close' }).click();
    await t.waitForURL(classUrl);

    // A new pupil types the code, as read off the board, into the landing page's box.
    const { page: s, context: pupil } = await newPage(browser);
    await s.goto('/');
    await s.getByLabel(/Class code/).fill(code.toLowerCase().replace('-', ''));
    await s.getByRole('button', { name: 'Join', exact: true }).click();
    await s.waitForURL(`**/join/${code}`);
    await expectAccessible(s);
    await s.getByRole('link', { name: 'Create an account' }).click();
    await s.getByLabel('Your name').fill('Sam Price');
    await s.getByLabel('Email or username').fill(uniqueName('sam'));
    await s.getByLabel('Password').fill('correct-horse-battery');
    await s.getByLabel('Student').check();
    await s.getByRole('button', { name: 'Create account' }).click();
    // Back on the invite link after sign-up, one button joins.
    await s.waitForURL(`**/join/${code}`);
    await s.getByRole('button', { name: 'Join the class' }).click();
    await expect.poll(() => s.getByText(`You joined ${className}.`).count()).toBe(1);
    await s.getByRole('link', { name: 'Go to My work' }).click();
    await expect.poll(() => s.getByText(className).count()).toBeGreaterThan(0);

    await pupil.close();
    await context.close();
  }, 120_000);

  it('preview with answers and assign; board summary and pause; reflections with a private comment', async () => {
    const { page: t, context: teacherContext } = await newPage(browser);
    const className = `Set 2 ${uniqueName('c').slice(-5)}`;
    const { classUrl, code } = await teacherWithClass(t, className);

    // Preview a quiz with its answer key, then assign it from there.
    await t.goto('/teacher');
    await t.getByRole('link', { name: 'Preview a quiz with its answers, and assign it' }).click();
    await t
      .getByRole('link', { name: /^Preview .* with answers$/ })
      .first()
      .click();
    await expect.poll(() => t.getByTestId('preview-question').count()).toBeGreaterThan(3);
    expect(await t.getByText('Correct answer', { exact: true }).count()).toBeGreaterThan(3);
    await expectAccessible(t);
    const previewUrl = t.url();
    await t.getByRole('button', { name: 'Assign this quiz' }).click();
    await t.waitForURL(`${classUrl}/assignments`);
    await t.getByLabel('What to assign').selectOption('SCENARIO:the-envoy');
    await t.getByRole('button', { name: 'Assign' }).click();
    await expect.poll(() => t.locator('main [role=status]').first().textContent()).toContain('Assigned');

    // A pupil joins, cannot open the preview, and plays the scenario to an ending with a reflection.
    const { page: s, context: pupilContext } = await newPage(browser);
    const pupilName = `Amara ${uniqueName('a').slice(-5)}`;
    await signUp(s, { name: pupilName, identifier: uniqueName('amara'), role: 'Student' });
    await s.waitForURL('**/student');
    const refused = await s.goto(previewUrl);
    expect(refused?.status()).toBe(403);
    expect(await s.getByText('Correct answer', { exact: true }).count()).toBe(0);
    await s.goto('/student');
    await s.getByLabel('Join a class').fill(code);
    await s.getByRole('button', { name: 'Join class' }).click();
    await expect.poll(() => s.getByText(`You joined ${className}`).count()).toBe(1);
    await s.getByRole('link', { name: 'Start The Envoy' }).click();
    await s.getByRole('button', { name: 'Start the scenario' }).click();
    await s.waitForURL('**/runs/**');
    const runUrl = s.url();
    await playToEnding(s);
    await s.getByLabel('Which obstacle was hardest to move, and why?').fill('Every ally has to agree.');
    await s.getByRole('button', { name: /Save/ }).click();
    await expect.poll(() => s.getByText('Your reflection is saved.').count()).toBe(1);

    // The board: a summary row per assignment, one status that says what shows, and a pause.
    await t.goto(`${classUrl}/board`);
    await expect
      .poll(() => t.getByTestId('board-summary').textContent(), { timeout: 20_000 })
      .toMatch(/0\/1 done[\s\S]*1\/1 done/);
    expect(await t.getByTestId('board-status').textContent()).toBe('Showing 1 of 1 students.');
    await t.getByLabel('Student name').fill('nobody-by-this-name');
    await expect.poll(() => t.getByTestId('board-status').textContent()).toContain('No student matches');
    await t.getByLabel('Student name').fill('');
    const pause = t.getByRole('button', { name: 'Pause live updates' });
    await pause.click();
    await expect.poll(() => pause.getAttribute('aria-pressed')).toBe('true');
    await t.reload();
    // The choice is remembered.
    await expect.poll(() => pause.getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(t);

    // Reflections: the class's in one place, names hidden for the projector, a private comment.
    await t.goto(`${classUrl}/reflections`);
    const reflection = t.getByTestId('reflection').filter({ hasText: pupilName });
    await expect.poll(() => reflection.textContent()).toContain('Every ally has to agree.');
    await expectAccessible(t);
    await t.getByRole('link', { name: 'Hide names (for the projector)' }).click();
    await expect.poll(() => t.getByRole('heading', { name: /^Pupil 1\b/ }).count()).toBe(1);
    expect(await t.getByText(pupilName).count()).toBe(0);
    await t.getByRole('link', { name: 'Show names and comments' }).click();
    await t.getByLabel(`Private comment to ${pupilName}`).fill('Good: unanimity is the key obstacle.');
    await t.getByRole('button', { name: 'Save comment' }).click();
    await expect.poll(() => t.getByText('Comment saved. Only this pupil can see it.').count()).toBe(1);

    await s.goto(runUrl);
    await expect.poll(() => s.getByRole('heading', { name: 'Comment from Ms Rivera' }).count()).toBe(1);
    expect(await s.getByText('Good: unanimity is the key obstacle.').count()).toBe(1);

    await pupilContext.close();
    await teacherContext.close();
  }, 150_000);
});
