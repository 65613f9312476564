import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launch, newPage, signUp, uniqueName } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

it('a student reports a briefing paragraph as one-sided; a teacher sees it with its sources and exports it', async () => {
  const student = await newPage(browser);
  const s = student.page;
  await signUp(s, { name: 'Reporting Pupil', identifier: uniqueName('reporter'), role: 'Student' });
  await s.waitForURL('**/student');
  await s.goto('/modules/article-5-borders');
  await s.getByText('Report a problem with this briefing').click();
  await s.getByLabel('Which part?').selectOption({ index: 2 });
  const chosen = await s.getByLabel('Which part?').inputValue();
  expect(chosen).toBe('article-5-borders#3');
  await s.getByLabel('This seems one-sided').check();
  const comment = `E2E check ${uniqueName('c')}: the deterrence view needs its counter-argument here.`;
  await s.getByLabel('Comment').fill(comment);
  await s.getByRole('button', { name: 'Send report' }).click();
  await expect
    .poll(() => s.getByRole('status').filter({ hasText: 'Thank you' }).count(), { timeout: 15_000 })
    .toBe(1);
  await expectAccessible(s);
  await student.context.close();

  const teacher = await newPage(browser);
  const t = teacher.page;
  await signUp(t, { name: 'Ms Reports', identifier: uniqueName('teach'), role: 'Teacher' });
  await t.waitForURL('**/teacher');
  await t.getByRole('link', { name: 'Content reports' }).click();
  await t.waitForURL('**/teacher/reports');
  // One card per reported item; the reports inside it are a nested list.
  const item = t.locator('ul[aria-label="Reported items"] > li').filter({ hasText: comment });
  await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
  const itemText = (await item.textContent()) ?? '';
  expect(itemText).toContain('article-5-borders#3');
  expect(itemText).toContain('This seems one-sided');
  expect(itemText).toContain('from a student');
  expect(itemText).not.toContain('Reporting Pupil');
  // The item is shown with the sources it cites, so the maintainer can check it.
  expect(itemText).toMatch(/Sources[\s\S]*\d{4}\)/);
  await expectAccessible(t);

  const [download] = await Promise.all([
    t.waitForEvent('download'),
    t.getByRole('link', { name: 'Download all reports (CSV)' }).click(),
  ]);
  const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
  const row = csv.split('\r\n').find((l) => l.includes(comment));
  expect(row).toMatch(/^Briefing paragraph,article-5-borders#3,/);
  expect(row).toContain('This seems one-sided');
  await teacher.context.close();
});

it('refuses a report from a visitor who is not signed in', async () => {
  const visitor = await newPage(browser);
  const response = await visitor.page.request.post('/api/reports', {
    data: { kind: 'QUESTION', ref: 'a5-worldwide', reason: 'WRONG', comment: 'Not signed in.' },
  });
  expect(response.status()).toBe(401);
  await visitor.context.close();
});
