import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getScenario } from '@/lib/scenario';
import { expectAccessible, launch, newPage, signUp, uniqueName } from './support/browser';

const SLUG = 'the-envoy';
const scenario = getScenario(SLUG)!.scenario;
const consequences = scenario.nodes.flatMap((n) =>
  n.kind === 'decision' ? n.choices.map((c) => c.consequence) : [],
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function newStudent(code: string, name: string): Promise<Page> {
  const { page } = await newPage(browser);
  await signUp(page, { name, identifier: uniqueName('livesc'), role: 'Student' });
  await page.waitForURL('**/student');
  await page.getByLabel('Join a class').fill(code);
  await page.getByRole('button', { name: 'Join class' }).click();
  await expect.poll(() => page.getByText('You joined').count()).toBe(1);
  return page;
}

/** At an event the decision form is one bare button in the controls: the event's Continue. */
const eventButton = (t: Page) => t.locator('nav[aria-label="Lesson controls"] > button');

/** What the presenter offers now: the ending, Next, a decision to take, or an event to continue. */
async function presenterState(t: Page): Promise<string> {
  if ((await t.getByTestId('live-ending').count()) > 0) return 'ending';
  if ((await t.getByRole('button', { name: 'Next decision' }).count()) > 0) return 'next';
  if ((await t.locator('input[name=decision]').count()) > 0) return 'decision';
  if ((await eventButton(t).count()) > 0) return 'event';
  return 'waiting';
}

async function vote(s: Page, title: string, position: number) {
  await expect.poll(() => s.getByTestId('live-prompt').textContent()).toBe(title);
  await s.locator('input[type=radio]').nth(position).check();
  await s.getByRole('button', { name: /my vote/ }).click();
  await expect.poll(() => s.getByTestId('live-status').textContent()).toContain('Your vote is in');
}

describe('a live scenario in real browsers', () => {
  it('teacher and two students play The Envoy to its ending; an override needs a reason', async () => {
    const t = (await newPage(browser)).page;
    await signUp(t, { name: 'Mr Envoy', identifier: uniqueName('teach'), role: 'Teacher' });
    await t.waitForURL('**/teacher');
    await t.getByLabel('Class name').fill('Live Envoy');
    await t.getByRole('button', { name: 'Create class' }).click();
    const created = t.getByText(/join code is [A-Z2-9]{4}-[A-Z2-9]{4}/);
    await expect.poll(() => created.count()).toBe(1);
    const code = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec((await created.textContent()) ?? '')?.[1] ?? '';
    const students = [await newStudent(code, 'Dee Live'), await newStudent(code, 'Eli Live')];

    await t.getByRole('link', { name: 'Live Envoy' }).click();
    await t.getByRole('link', { name: 'Live lesson' }).click();
    await t.getByLabel(scenario.title).check();
    await t.getByRole('button', { name: 'Start the live scenario' }).click();
    await t.waitForURL('**/teacher/live/*');
    const sessionId = t.url().split('/').pop()!;
    for (const s of students) {
      await s.goto('/student');
      await s.getByRole('link', { name: `Join: ${scenario.title} (Live Envoy)` }).click();
      await s.waitForURL('**/student/live/*');
    }

    let decisions = 0;
    for (let guard = 0; guard < 40; guard++) {
      await expect.poll(() => presenterState(t)).not.toBe('waiting');
      const state = await presenterState(t);
      if (state === 'ending') break;
      if (state === 'next') {
        await t.getByRole('button', { name: 'Next decision' }).click();
        await expect.poll(() => t.getByRole('button', { name: 'Next decision' }).count()).toBe(0);
        continue;
      }
      if (state === 'event') {
        await eventButton(t).click();
        await expect.poll(() => t.getByTestId('live-consequence').count()).toBe(1);
        continue;
      }
      const title = (await t.locator('#projected-node').textContent()) ?? '';
      // Both phones vote for the first choice; the phone never carries a branch's consequence.
      for (const s of students) await vote(s, title, 0);
      const phone = await students[0]!.evaluate(
        async (id) => (await fetch(`/api/live/${id}/scenario`)).text(),
        sessionId,
      );
      expect(consequences.some((c) => phone.includes(c))).toBe(false);
      await expect.poll(() => t.getByTestId('live-count').textContent()).toBe('2 of 2 voted');
      if (decisions === 0) {
        await expectAccessible(t);
        await expectAccessible(students[0]!);
        // Going against the class: the reason is asked for, then recorded; a double click moves one decision.
        await t.locator('input[name=decision]').nth(1).check();
        await t.getByLabel(/Why go against the class’s vote/).fill('To see what pressure costs');
        await t.getByRole('button', { name: 'Advance with this choice' }).dblclick();
        await expect
          .poll(() => t.getByTestId('live-consequence').textContent())
          .toContain('To see what pressure costs');
      } else {
        await t.getByRole('button', { name: 'Advance with this choice' }).click();
        await expect.poll(() => t.getByTestId('live-consequence').count()).toBe(1);
      }
      decisions += 1;
      await expect
        .poll(() => students[1]!.getByTestId('live-status').textContent())
        .toContain('The class chose');
    }
    expect(decisions).toBeGreaterThan(1);
    await expect.poll(() => students[0]!.getByTestId('live-ending').count()).toBe(1);
    await expectAccessible(t);
    await t.getByRole('button', { name: 'End the lesson' }).click();
    await expect.poll(() => students[1]!.getByText('The live lesson has ended').count()).toBe(1);
    await t.getByRole('link', { name: 'Open the lesson report' }).click();
    await t.waitForURL('**/report');
    await expect.poll(() => t.getByText('To see what pressure costs').count()).toBe(1);
    await expect.poll(() => t.getByText('(against the vote)').count()).toBe(1);
    await expectAccessible(t);
    // The CSV behind the report's link: the override's reason with the decision it belongs to.
    const href = await t.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    const csv = await t.evaluate(async (url) => (await fetch(url)).text(), href ?? '');
    expect(csv).toMatch(/\r\n\(class\),\d+,[^\r\n]*,yes,yes,To see what pressure costs,/);
    // A whole scenario with three browsers is long on a shared 2-core machine.
  }, 300_000);
});
