import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, newPage, signIn, signUp, uniqueName } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const CARD = /Username: ([a-z]+-\d{4})[\s\S]*One-time password: ([a-z]+(?:-\d{4}-[a-z]+)+)/;

async function cardsOn(page: Page): Promise<{ name: string; username: string; password: string }[]> {
  const items = page.getByRole('list', { name: 'Sign-in cards' }).locator('li');
  const out = [];
  for (const text of await items.allTextContents()) {
    const [, username = '', password = ''] = CARD.exec(text) ?? [];
    out.push({ name: text.split('Year 8')[0] ?? '', username, password });
  }
  return out;
}

/** Pages in a PDF Chromium printed: one "/Type /Page" object each. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describe('bulk pupil accounts a teacher can trust', () => {
  it('flags a repeated name, survives a double click, prints cards only, reprints lost cards', async () => {
    const { page: t, context } = await newPage(browser);
    await signUp(t, { name: 'Ms Hnatiuk', identifier: uniqueName('cards'), role: 'Teacher' });
    await t.waitForURL('**/teacher');
    const className = `Year 8 ${uniqueName('b').slice(-5)}`;
    await t.getByLabel('Class name').fill(className);
    await t.getByRole('button', { name: 'Create class' }).click();
    await t.getByRole('link', { name: className }).click();
    await t.waitForURL('**/teacher/classes/*');
    const classUrl = t.url();
    await t.getByRole('link', { name: 'Create accounts and print sign-in cards' }).click();
    await t.waitForURL('**/cards');

    // "Ben Carter" twice: nothing is created until the teacher says they are two pupils.
    const names = ['Ben Carter', 'Pupil 2', 'Pupil 10', 'ben carter', 'Pupil 1'];
    for (let i = 3; i <= 9; i++) names.push(`Pupil ${i}`);
    await t.getByLabel('Student names, one per line').fill(names.join('\n'));
    await t.getByRole('button', { name: 'Create accounts' }).click();
    const warning = t.getByRole('group', { name: /No accounts created yet/ });
    await expect.poll(() => warning.textContent()).toContain('Ben Carter — 2 times in your list');
    expect(await t.evaluate(() => document.activeElement?.id)).toBe('bulk-duplicates');
    await expectAccessible(t);
    // A double click on the choice still makes each account once.
    await t.getByRole('button', { name: 'Create them anyway' }).dblclick();
    await expect.poll(async () => (await cardsOn(t)).length).toBe(names.length);
    expect(await t.getByLabel('Student names, one per line').inputValue()).toBe('');
    await expectAccessible(t);
    const first = await cardsOn(t);
    // A phone-width window: the cards reflow, the page never scrolls sideways.
    await t.setViewportSize({ width: 320, height: 700 });
    expect(await t.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await t.setViewportSize({ width: 1280, height: 800 });

    // Paper: cards only (no header, forms or buttons), eight to an A4 page: 12 cards, 2 pages.
    await t.emulateMedia({ media: 'print' });
    expect(await t.locator('header[role="banner"]').isVisible()).toBe(false);
    expect(await t.getByLabel('Student names, one per line').isVisible()).toBe(false);
    expect(await t.getByRole('button', { name: 'Print sign-in cards' }).isVisible()).toBe(false);
    expect(await t.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
    expect(pdfPages(await t.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(2);
    await t.emulateMedia({ media: 'screen' });

    // The roster has each pupil once, numbered names in number order.
    await t.goto(classUrl);
    const rowHeaders = t.getByRole('table', { name: `Students in ${className}` }).getByRole('rowheader');
    await expect.poll(() => rowHeaders.count()).toBe(names.length);
    const rows = await rowHeaders.allTextContents();
    expect(rows.slice(0, 2).map((r) => r.toLowerCase())).toEqual(['ben carter', 'ben carter']);
    expect(rows.slice(2)).toEqual(Array.from({ length: 10 }, (_, i) => `Pupil ${i + 1}`));
    expect(await t.getByText('12 cards have not been used yet').count()).toBe(1);

    // One pupil signs in and chooses a password; the other cards are lost, so the teacher reprints them.
    const used = first.find((c) => c.name === 'Pupil 1')!;
    const lost = first.find((c) => c.name === 'Pupil 2')!;
    const pupil = await newPage(browser);
    await signIn(pupil.page, used.username, used.password);
    await pupil.page.waitForURL('**/account/password');
    await pupil.page.getByLabel('New password', { exact: true }).fill('pupil-one-secret');
    await pupil.page.getByLabel('New password again').fill('pupil-one-secret');
    await pupil.page.getByRole('button', { name: 'Save password' }).click();
    await pupil.page.waitForURL('**/student');

    await t.getByRole('link', { name: 'Create accounts and print sign-in cards' }).click();
    await t.getByRole('button', { name: 'Reprint unused cards with new passwords' }).click();
    await expect.poll(() => t.getByText(/11 new cards; the old ones no longer work/).count()).toBe(1);
    const reprinted = await cardsOn(t);
    expect(reprinted.map((c) => c.username)).not.toContain(used.username);
    const fresh = reprinted.find((c) => c.username === lost.username)!;
    expect(fresh.password).not.toBe(lost.password);
    await expectAccessible(t);

    const latecomer = await newPage(browser);
    await signIn(latecomer.page, lost.username, lost.password);
    await expect
      .poll(() => latecomer.page.getByRole('alert').first().textContent())
      .toContain('do not match an account');
    await signIn(latecomer.page, fresh.username, fresh.password);
    await latecomer.page.waitForURL('**/account/password');

    await latecomer.context.close();
    await pupil.context.close();
    await context.close();
  }, 180_000);
});
