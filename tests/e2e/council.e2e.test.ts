import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getCouncil } from '@/lib/council/catalog';
import { expectAccessible, launch, newPage, signUp, uniqueName } from './support/browser';
import { createClassForCode, newStudentInClass } from './support/classroom';

const council = getCouncil('the-council')!.council;
const briefOf = (seatId: string) => council.seats.find((s) => s.id === seatId)!.brief;
const bots = council.seats.filter((s) =>
  ['frontline-ally', 'large-western-ally', 'holdout-ally', 'swing-ally'].includes(s.id),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function takeSeat(s: Page, seatName: string) {
  await s.goto('/student');
  await s.getByRole('link', { name: /^Take your seat/ }).click();
  await s.waitForURL('**/student/council/*');
  await expect.poll(() => s.getByRole('heading', { level: 1 }).textContent()).toBe(seatName);
}

async function speak(s: Page, text: string) {
  await s.getByLabel(/What your delegation says/).fill(text);
  await s.getByRole('button', { name: 'Make the statement' }).click();
  await expect
    .poll(() => s.getByRole('status').filter({ hasText: 'Your statement is on the table' }).count())
    .toBe(1);
}

const mark = (what: string) => console.log(`council e2e: ${what}`);

describe('the Council in real browsers', () => {
  it('a teacher chairs, three delegations play to an outcome, the debrief, reflections and who blocked; a council seated by hand', async () => {
    const t = (await newPage(browser)).page;
    await signUp(t, { name: 'Mr Chair', identifier: uniqueName('chair'), role: 'Teacher' });
    await t.waitForURL('**/teacher');
    const code = await createClassForCode(t, 'Council Civics');
    // Dealt in the order they joined: the envoy, the United States, Germany; four bots.
    const ann = await newStudentInClass(browser, code, 'Ann Envoy');
    const ben = await newStudentInClass(browser, code, 'Ben States');
    const cat = await newStudentInClass(browser, code, 'Cat Berlin');

    mark('class ready');
    await t.getByRole('link', { name: 'Council Civics' }).click();
    await t.getByRole('link', { name: 'Council', exact: true }).click();
    await t.getByRole('button', { name: 'Open a council' }).click();
    await t.waitForURL('**/teacher/council/*');
    const sessionId = t.url().split('/').pop()!;
    await expect.poll(() => t.getByText('Played by a bot').count()).toBe(4);
    await expectAccessible(t);

    await takeSeat(ann, council.seats.find((s) => s.id === 'ukraine-envoy')!.name);
    await takeSeat(ben, 'United States');
    await takeSeat(cat, 'Germany');
    await expectAccessible(cat);
    // A phone is sent its own brief and never another seat's.
    const sent = await cat.evaluate(async (id) => (await fetch(`/api/council/${id}`)).text(), sessionId);
    expect(sent).toContain(briefOf('germany').redLines[0]!.text);
    expect(sent).not.toContain(briefOf('united-states').redLines[0]!.text);
    expect(sent).not.toContain(briefOf('holdout-ally').whatWouldMove[0]!.text);
    expect(await cat.locator('main').textContent()).not.toContain(
      briefOf('united-states').domesticConstraints[0]!.text,
    );
    // The projector shows no brief at all.
    expect(await t.locator('main').textContent()).not.toContain(briefOf('germany').redLines[0]!.text);

    mark('seated');
    // Round 1: "defer" crosses the frontline ally's red line: a bot is certain to break silence.
    await t.getByLabel(/^Defer/).check();
    await t.getByRole('button', { name: 'Table this draft' }).click();
    await expect.poll(() => ann.getByRole('button', { name: 'Make the statement' }).count()).toBe(1);
    await speak(ann, 'Kyiv asks the allies not to close the door.');
    await speak(ben, 'Washington can wait for the right moment.');
    await expect.poll(() => t.getByText('Kyiv asks the allies not to close the door.').count()).toBe(1);
    await expectAccessible(ben);
    await t.getByRole('button', { name: /^Open silence/ }).click();
    // Whichever bot broke first, it broke with its red line as the written reason, seen by every screen.
    const broken = t.getByRole('listitem').filter({ hasText: /^Round 1: .* broke silence/ });
    await expect.poll(() => broken.count()).toBe(1);
    const record = (await broken.textContent()) ?? '';
    const bot = bots.find((b) => record.includes(b.name))!;
    expect(record).toContain(bot.brief.redLines[0]!.text.slice(0, 60));
    await expect.poll(() => cat.getByText('Round 2 of 3', { exact: false }).count()).toBe(1);
    expect(await cat.locator('main').textContent()).toContain(bot.brief.redLines[0]!.text.slice(0, 60));

    mark('round 1 blocked');
    // Round 2: a new draft, Germany speaks with an amendment, then the chair ends without a decision.
    await t.getByRole('button', { name: 'Table this draft' }).click();
    await expect.poll(() => cat.getByRole('button', { name: 'Make the statement' }).count()).toBe(1);
    await speak(cat, 'Berlin needs a settled line before any guarantee.');
    // Ending asks once; "Keep sitting" keeps the council, and focus returns to the button.
    await t.getByRole('button', { name: 'End the council without a decision' }).click();
    await expect.poll(() => t.evaluate(() => document.activeElement?.id)).toBe('end-council-question');
    await t.getByRole('button', { name: 'Keep sitting' }).click();
    await expect.poll(() => t.evaluate(() => document.activeElement?.id)).toBe('end-council');
    await t.getByRole('button', { name: 'End the council without a decision' }).click();
    await t.getByRole('button', { name: 'Yes, end the council' }).click();
    await expect.poll(() => t.getByRole('heading', { name: 'Debrief' }).count()).toBe(1);
    await expect.poll(() => t.getByText('No decision', { exact: false }).count()).toBe(1);
    expect(await t.locator('main').textContent()).toContain(council.debrief.obstacles[bot.id]!.text);
    await expectAccessible(t);

    mark('ended');
    await expect.poll(() => cat.getByRole('heading', { name: 'Debrief' }).count()).toBe(1);
    expect(await cat.locator('main').textContent()).toContain(
      council.debrief.asOfOutcome[0]!.text.slice(0, 60),
    );
    await expectAccessible(cat);
    // An empty reflection is refused and focused; a written one is saved and announced.
    await cat.getByRole('button', { name: 'Save my reflection' }).click();
    await expect.poll(() => cat.evaluate(() => document.activeElement?.id)).toBe('reflection');
    await cat.getByLabel('What would it have taken for your seat to agree?').fill('A ceasefire line first.');
    await cat.getByRole('button', { name: 'Save my reflection' }).click();
    await expect.poll(() => cat.evaluate(() => document.activeElement?.id)).toBe('reflection-status');

    await t.getByRole('link', { name: 'The session record and reflections' }).click();
    await t.waitForURL('**/record');
    await expect.poll(() => t.getByText('A ceasefire line first.').count()).toBe(1);
    expect(await t.locator('main').textContent()).toContain('Cat Berlin, Germany');
    expect(await t.locator('main').textContent()).toContain(
      'Berlin needs a settled line before any guarantee.',
    );
    await expectAccessible(t);

    mark('record read');
    // The class's Council tab: who broke silence, as bars and as a table of the same numbers.
    await t.getByRole('link', { name: '← The class’s councils' }).click();
    await t.waitForURL('**/classes/*/council');
    const blocks = t.getByRole('table', { name: /^Times each delegation broke silence, by draft/ });
    await expect.poll(() => blocks.count()).toBe(1);
    expect(await blocks.textContent()).toContain(bot.name);
    expect(await t.getByTestId('seat-blocks-bars').textContent()).toContain(
      `${bot.name}: broke silence once`,
    );
    await expectAccessible(t);

    // A second council seated by hand: Ann at Germany, Cat at the swing ally, Ben follows the table.
    await t.getByLabel('Choose each student’s seat').check();
    await t.getByLabel('Ann Envoy', { exact: true }).selectOption({ label: 'Germany' });
    await t.getByLabel('Ben States', { exact: true }).selectOption({ label: 'No seat (follows the table)' });
    await t.getByLabel('Cat Berlin', { exact: true }).selectOption({ label: 'Swing ally (composite)' });
    await expect
      .poll(() => t.getByText(/^A bot plays each seat nobody is given: .*United States/).count())
      .toBe(1);
    await expectAccessible(t);
    await t.getByRole('button', { name: 'Open a council' }).click();
    await t.waitForURL('**/teacher/council/*');
    await expect.poll(() => t.getByText('Played by a bot').count()).toBe(5);
    await takeSeat(ann, 'Germany');
    await takeSeat(cat, 'Swing ally (composite)');
    await takeSeat(ben, council.title);
    expect(await ann.locator('main').textContent()).toContain(briefOf('germany').redLines[0]!.text);
    expect(await ann.locator('main').textContent()).not.toContain(briefOf('ukraine-envoy').redLines[0]!.text);

    mark('seated by hand');
    // While it sits, the teacher gives Ben a seat; his phone shows it without him touching anything.
    await t.getByRole('link', { name: 'Back to the class’s councils' }).click();
    await t.waitForURL('**/classes/*/council');
    await t.getByLabel('Student', { exact: true }).selectOption({ label: 'Ben States (no seat)' });
    await t.getByLabel('New seat').selectOption({ label: 'Large western ally (composite)' });
    await t.getByRole('button', { name: 'Move to this seat' }).click();
    await expect.poll(() => t.evaluate(() => document.activeElement?.id)).toBe('move-seat-status');
    expect(await t.getByRole('status').filter({ hasText: 'Ben States now sits at' }).count()).toBe(1);
    await expect
      .poll(() => ben.getByRole('heading', { level: 1 }).textContent())
      .toBe('Large western ally (composite)');
    await expectAccessible(t);
  }, 300_000);
});
