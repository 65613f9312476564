import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { newPage, signUp, uniqueName } from './browser';

/** A teacher on /teacher creates a class and reads its join code off the page. */
export async function createClassForCode(teacher: Page, className: string): Promise<string> {
  await teacher.getByLabel('Class name').fill(className);
  await teacher.getByRole('button', { name: 'Create class' }).click();
  const created = teacher.getByText(/join code is [A-Z2-9]{4}-[A-Z2-9]{4}/);
  await expect.poll(() => created.count()).toBe(1);
  return /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec((await created.textContent()) ?? '')?.[1] ?? '';
}

/** A new student, in a browser context of their own, signed up and joined to the class. */
export async function newStudentInClass(browser: Browser, code: string, name: string): Promise<Page> {
  const { page } = await newPage(browser);
  await signUp(page, { name, identifier: uniqueName('pupil'), role: 'Student' });
  await page.waitForURL('**/student');
  await page.getByLabel('Join a class').fill(code);
  await page.getByRole('button', { name: 'Join class' }).click();
  await expect.poll(() => page.getByText('You joined').count()).toBe(1);
  return page;
}
