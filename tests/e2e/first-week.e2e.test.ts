import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getModule } from '@/lib/content/load';
import { formatDayTime, zoneAbbreviation } from '@/lib/dates/format';
import { instantToWallTime, wallTimeToInstant } from '@/lib/dates/wall-time';
import { baseURL, expectAccessible, launch, signUp, uniqueName } from './support/browser';

/**
 * Issue 15, a teacher's first week, as the teacher and pupils live it in three time zones: a New
 * York teacher sets a test "review only after the due date"; a Los Angeles pupil reads the briefing
 * and starts the quiz from it; the same pupil later looks from London.
 */
const SLUG = 'allied-politics';
const DAY = 86_400_000;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function pageIn(timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL(), timezoneId });
  return context.newPage();
}

/** The visible text of the first <time> inside `scope`. */
const timeText = (page: Page, scope: string) => page.locator(`${scope} time`).first().textContent();

describe('a teacher’s first week', () => {
  it('dates in each reader’s zone; briefing → assigned quiz counts; a held-back test reveals nothing; destructive actions ask first', async () => {
    const t = await pageIn('America/New_York');
    await signUp(t, { name: 'Ms Rivera', identifier: uniqueName('rivera'), role: 'Teacher' });
    await t.waitForURL('**/teacher');
    await t.getByLabel('Class name').fill('Year 10 History');
    await t.getByRole('button', { name: 'Create class' }).click();
    await t.getByRole('link', { name: 'Year 10 History' }).click();
    await t.getByTestId('join-code').waitFor();
    const code = (await t.getByTestId('join-code').textContent()) ?? '';
    const classUrl = t.url();

    const s = await pageIn('America/Los_Angeles');
    const pupil = uniqueName('sam');
    await signUp(s, { name: 'Sam Price', identifier: pupil, role: 'Student' });
    await s.waitForURL('**/student');
    await s.getByLabel('Join a class').fill(code);
    await s.getByRole('button', { name: 'Join class' }).click();
    await expect.poll(() => s.getByText('You joined Year 10 History').count()).toBe(1);

    // Item 4: the teacher types 3:30 pm four days ahead on her own (New York) clock.
    const day = instantToWallTime(new Date(Date.now() + 4 * DAY), 'America/New_York').slice(0, 10);
    const typed = `${day}T15:30`;
    const due = wallTimeToInstant(typed, 'America/New_York');
    if (!due) throw new Error('bad test date');
    await t.goto(`${classUrl}/assignments`);
    await t.getByLabel('What to assign').selectOption(`QUIZ:${SLUG}`);
    await t.getByLabel('Due (optional)').fill(typed);
    await t.getByLabel('Test — review only after the due date').check();
    await t.getByRole('button', { name: 'Assign' }).click();
    await expect.poll(() => t.locator('main [role=status]').first().textContent()).toContain('Assigned');
    const title = getModule(SLUG)?.title ?? '';
    const row = t.locator('main table tbody tr').filter({ hasText: title });
    // The teacher reads back what she typed, in her zone, labelled with it.
    await expect.poll(() => row.locator('td').nth(1).textContent()).toMatch(/ · in \d days$/);
    expect(await row.locator('td').nth(1).textContent()).toContain(
      `${formatDayTime(due, 'America/New_York', new Date())} ${zoneAbbreviation(due, 'America/New_York')}`,
    );
    expect(await row.locator('td').nth(1).textContent()).toContain('3:30 pm');

    // The Los Angeles pupil sees the same instant on her own clock, 12:30 pm, with days to go.
    await s.goto('/student');
    await expect
      .poll(() => timeText(s, 'main li.card'))
      .toMatch(/^\w{3} \d{1,2} \w{3}, 12:30 pm · in \d days$/);
    expect(await timeText(s, 'main li.card')).toContain(
      formatDayTime(due, 'America/Los_Angeles', new Date()),
    );
    // Item 1: the card shows the two steps; she takes the first one.
    await s.getByRole('link', { name: `Read the briefing for ${title}` }).click();
    await s.waitForURL(`**/modules/${SLUG}`);
    const start = s.getByRole('link', { name: /^Start your assigned quiz — due / });
    await start.waitFor({ timeout: 15_000 });
    expect(await start.textContent()).toContain('12:30 pm');
    await start.click();
    await s.waitForURL(`**/modules/${SLUG}/quiz?assignment=*`);
    await s.getByRole('button', { name: 'Start quiz' }).click();
    await s.getByText(/^Question 1 of/).waitFor({ timeout: 15_000 });
    await s.getByLabel('By a simple majority of the members').check();
    await s.getByRole('button', { name: 'Save answer' }).click();
    await expect.poll(() => s.locator('main [role=status]').first().textContent()).toContain('Answer saved');
    await s.getByRole('button', { name: 'Submit quiz' }).click();
    await s.getByRole('button', { name: 'Yes, submit quiz' }).click();
    await s.waitForURL('**/attempts/**');
    // Item 2: the results page says when the review opens, in her zone, and shows no score.
    await expect.poll(() => s.locator('main').textContent()).toContain('Your teacher opens the review on');
    expect(await s.locator('main').textContent()).not.toMatch(/Score:/);
    await s.goto('/student');
    await expect
      .poll(() => s.locator('main li.card').first().textContent())
      .toContain('your score shows after');
    expect(await s.locator('main li.card').first().textContent()).not.toMatch(/best \d+%/);
    expect(await s.locator('main').textContent()).toContain('Nothing is due for review today.');
    await s.goto('/review');
    await expect
      .poll(() => s.locator('main').textContent())
      .toContain('Nothing is due for review right now.');
    await s.goto('/attempts');
    expect(await s.locator('main table tbody').textContent()).not.toMatch(/\d+ \/ \d+/);
    await expectAccessible(s);

    // The same pupil from London reads the due time on London's clock.
    const l = await pageIn('Europe/London');
    await l.goto('/sign-in');
    await l.getByLabel('Email or username').fill(pupil);
    await l.getByLabel('Password').fill('correct-horse-battery');
    await l.getByRole('button', { name: 'Sign in' }).click();
    await l.waitForURL('**/student');
    await expect
      .poll(() => timeText(l, 'main li.card'))
      .toContain(formatDayTime(due, 'Europe/London', new Date()));
    expect(await timeText(l, 'main li.card')).toContain('8:30 pm');

    // Item 1 on the teacher's side: the board counts the work done from the briefing.
    await t.goto(`${classUrl}/board`);
    const boardRow = t
      .locator('main table tbody tr')
      .filter({ has: t.getByRole('rowheader', { name: 'Sam Price' }) });
    await expect.poll(() => boardRow.textContent(), { timeout: 10_000 }).toMatch(/done/);

    // Item 5: edit in place. The due field shows what she typed, on her own clock; one more attempt.
    await t.goto(`${classUrl}/assignments`);
    await t.getByRole('link', { name: `Edit ${title}` }).click();
    await t.waitForURL('**/edit');
    await expect.poll(() => t.getByLabel('Due (optional)').inputValue()).toBe(typed);
    expect(await t.getByText('1 student has started it').count()).toBe(1);
    await t.getByLabel('Maximum attempts (optional)').fill('2');
    await t.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => t.locator('main [role=status]').first().textContent()).toContain('Saved');
    await s.goto('/student');
    await expect
      .poll(() => s.locator('main li.card').first().textContent())
      .toContain('1 of 2 attempts used');

    // Item 6, by keyboard: Delete opens a dialog naming the consequence; Escape changes nothing.
    await t.goto(`${classUrl}/assignments`);
    const del = t.getByRole('button', { name: `Delete ${title}` });
    await del.focus();
    await t.keyboard.press('Enter');
    const dialog = t.getByRole('dialog', { name: `Delete the assignment “${title}”?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('1 student has started it');
    expect(await t.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await expectAccessible(t);
    await t.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await t.evaluate(() => document.activeElement?.textContent)).toContain('Delete');
    expect(await t.locator('main table tbody tr').filter({ hasText: title }).count()).toBe(1);
    // Enter, Tab to the named button, Enter: deleted.
    await t.keyboard.press('Enter');
    await dialog.waitFor();
    await t.keyboard.press('Tab');
    expect(await t.evaluate(() => document.activeElement?.textContent)).toBe('Delete assignment');
    await t.keyboard.press('Enter');
    await expect.poll(() => t.locator('main table tbody tr').filter({ hasText: title }).count()).toBe(0);

    // Replace code: Cancel keeps the code on the projector; confirming replaces it.
    await t.goto(classUrl);
    await t.getByRole('button', { name: 'Replace with a new code' }).click();
    const replace = t.getByRole('dialog', { name: `Replace the code ${code}?` });
    await replace.getByRole('button', { name: 'Cancel' }).click();
    expect(await t.getByTestId('join-code').textContent()).toBe(code);
    await t.getByRole('button', { name: 'Replace with a new code' }).click();
    await replace.getByRole('button', { name: 'Replace the code' }).click();
    await expect.poll(() => t.getByTestId('join-code').textContent()).not.toBe(code);

    // Remove pupil names the pupil and what happens.
    await t.getByRole('button', { name: 'Remove from class Sam Price' }).click();
    const remove = t.getByRole('dialog', { name: 'Remove Sam Price from Year 10 History?' });
    expect(await remove.textContent()).toContain('will no longer see this class’s assignments');
    await remove.getByRole('button', { name: 'Remove Sam Price' }).click();
    await expect.poll(() => t.getByRole('rowheader', { name: 'Sam Price' }).count()).toBe(0);

    // Archive asks too.
    await t.getByRole('button', { name: 'Archive class' }).click();
    const archive = t.getByRole('dialog', { name: 'Archive Year 10 History?' });
    expect(await archive.textContent()).toContain('restore the class');
    await archive.getByRole('button', { name: 'Archive class' }).click();
    await expect.poll(() => t.getByRole('button', { name: 'Restore class' }).count()).toBe(1);
  }, 240_000);
});
