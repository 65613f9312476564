import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getModule } from '@/lib/content/load';
import { expectAccessible, launch, newPage, signIn, signUp, uniqueName } from './support/browser';
import { expectErrorsAnnounced, expectFocusKept, focused, named, tabTo } from './support/keyboard';

/**
 * Keyboard only: every action below is a key press (Tab, Shift+Tab, Space, Enter, typing). After
 * each one, focus must be on something meaningful, never <body> (accessibility review H1–H3, H5).
 */
const SLUG = 'allied-politics';
const QUESTIONS = getModule(SLUG)?.questions ?? [];
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** Opens a page and waits until it is interactive (hydrated), as a person waits for it to load. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

async function press(page: Page, key: string, what: string) {
  await page.keyboard.press(key);
  await expectFocusKept(page, what);
}

/** Starts a quiz from its start page by keyboard: the mode radio, then Start quiz. */
async function startByKeyboard(page: Page, mode: 'Practice' | 'Test') {
  await open(page, `/modules/${SLUG}/quiz`);
  await tabTo(page, (f) => f.tag === 'input' && f.name.startsWith('Practice:'));
  if (mode === 'Test') await page.keyboard.press('ArrowDown');
  await tabTo(page, named('Start quiz'));
  await page.keyboard.press('Enter');
  await poll(() => page.getByText(`Question 1 of ${QUESTIONS.length}`).count()).toBe(1);
  await page.waitForLoadState('networkidle');
}

/** Chooses the option at `index` (in screen order) of the current radio group by keyboard. */
async function chooseRadio(page: Page, index: number) {
  await tabTo(page, (f) => f.tag === 'input' && f.id === '' && f.name !== '', { max: 20 });
  // Tab lands on the group's first radio; arrows move and select.
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

describe('keyboard only: the quiz, the review queue and the forms keep focus', () => {
  it('practice quiz: check, next, an unchecked answer is checked not lost, submit with confirmation', async () => {
    const { page, context } = await newPage(browser);
    await signUp(page, { name: 'Keys Only', identifier: uniqueName('keys'), role: 'Student' });
    await page.waitForURL('**/student');
    await page.waitForLoadState('networkidle');
    await startByKeyboard(page, 'Practice');
    // The first Tab stops after the header reach the answer, not a map of every question (L7).
    await chooseRadio(page, 0);
    await tabTo(page, named('Check answer'));
    await press(page, 'Enter', 'Check answer');
    // Focus stays on the (busy) button until the server's answer arrives, then moves to the feedback.
    await poll(() => focused(page).then((f) => f.id)).toBe('feedback-heading');
    await poll(() => page.getByRole('button', { name: 'Question 1, answered' }).count()).toBe(1);
    await expectAccessible(page);

    await tabTo(page, named(/^Next question/));
    await press(page, 'Enter', 'Next question');
    await poll(() => focused(page).then((f) => f.id)).toBe('question-heading');
    await poll(() => page.getByText(/^Question 2 of/).count()).toBe(1);

    // Issue 15 item 3: choose an answer, then press Next without checking: it is checked, not lost.
    await chooseRadio(page, 1);
    await tabTo(page, named(/^Next question/));
    await press(page, 'Enter', 'Next with an unchecked answer');
    await poll(() => page.getByRole('button', { name: 'Question 2, answered' }).count()).toBe(1);
    await poll(() => focused(page).then((f) => f.id)).toBe('feedback-heading');
    await poll(() => page.getByRole('status').filter({ hasText: 'checked before moving on' }).count()).toBe(
      1,
    );

    // A refused check: the message is in the alert region and focus goes to the answer.
    await tabTo(page, named(/^Next question/));
    await press(page, 'Enter', 'Next question');
    await tabTo(page, named('Check answer'));
    await press(page, 'Enter', 'Check with no answer');
    await poll(() => page.locator('#quiz-error').textContent()).toContain('Type a number first');
    expect((await focused(page)).tag).toBe('input');

    // The last question: no Next button, and focus still lands on the feedback.
    await tabTo(page, named(`Question ${QUESTIONS.length}, not answered`));
    await press(page, 'Enter', 'jump to the last question');
    await chooseRadio(page, 0);
    await tabTo(page, named('Check answer'));
    await press(page, 'Enter', 'Check answer on the last question');
    await poll(() => focused(page).then((f) => f.id)).toBe('feedback-heading');

    await tabTo(page, named('Submit quiz'));
    await press(page, 'Enter', 'Submit quiz');
    await poll(() => focused(page).then((f) => f.id)).toBe('submit-confirm');
    await tabTo(page, named('Keep answering'));
    await press(page, 'Enter', 'Keep answering');
    expect((await focused(page)).name).toBe('Submit quiz');
    await press(page, 'Enter', 'Submit quiz again');
    await tabTo(page, named('Yes, submit quiz'));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/attempts/**');
    // After the navigation, focus is on the results page's heading.
    await expectFocusKept(page, 'submitting the quiz');
    expect((await focused(page)).tag).toBe('h1');
    await context.close();
  });

  it('test mode: Save answer keeps focus and says so in a status region that was already there', async () => {
    const { page, context } = await newPage(browser);
    await signUp(page, { name: 'Keys Test', identifier: uniqueName('keyt'), role: 'Student' });
    await page.waitForURL('**/student');
    await page.waitForLoadState('networkidle');
    await startByKeyboard(page, 'Test');
    const statusBefore = await page.locator('form [role=status]').count();
    expect(statusBefore).toBe(1);
    await chooseRadio(page, 0);
    await tabTo(page, named('Save answer'));
    await press(page, 'Enter', 'Save answer');
    expect((await focused(page)).name).toMatch(/Save/);
    await poll(() => page.locator('form [role=status]').textContent()).toContain('Answer saved');
    // Test mode: Next saves a changed answer on the way (issue 15 item 3).
    await tabTo(page, named(/^Next question/));
    await press(page, 'Enter', 'Next question');
    await chooseRadio(page, 0);
    await tabTo(page, named(/^Next question/));
    await press(page, 'Enter', 'Next with an unsaved answer');
    await poll(() => page.getByText(/^Question 3 of/).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Question 2, answered' }).count()).toBe(1);
    await context.close();
  });

  it('review queue: one card at a time, every step keeps focus', async () => {
    const { page, context } = await newPage(browser);
    await signUp(page, { name: 'Keys Review', identifier: uniqueName('keyr'), role: 'Student' });
    await page.waitForURL('**/student');
    await page.waitForLoadState('networkidle');
    await startByKeyboard(page, 'Practice');
    // Miss the first question on purpose: choose an option the content marks wrong.
    const q1 = QUESTIONS[0];
    if (q1?.type !== 'single') throw new Error('expected a single-choice first question');
    const labels = await page.locator('#answer-fieldset label').allTextContents();
    const wrong = labels.findIndex((l) => q1.options.some((o) => !o.correct && l.includes(o.text)));
    await chooseRadio(page, wrong);
    await tabTo(page, named('Check answer'));
    await press(page, 'Enter', 'Check answer');

    await open(page, '/student');
    await tabTo(page, named(/^Review \d+ items?/));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/review');
    await page.waitForLoadState('networkidle');
    const total = 1 + q1.terms.length;
    for (let n = 1; n <= total; n++) {
      const card = page.locator('main article');
      await poll(() => card.textContent()).toContain(`Item ${n} of ${total}`);
      if (((await card.textContent()) ?? '').includes('Term:')) {
        await tabTo(page, named('Show definition'));
        await press(page, 'Enter', 'Show definition');
        expect((await focused(page)).name).toMatch(/^Definition:/);
        await tabTo(page, named(/^Good/));
        await press(page, 'Enter', 'rating a term');
      } else {
        await chooseRadio(page, 0);
        await tabTo(page, named('Check answer'));
        await press(page, 'Enter', 'Check answer in review');
      }
      expect((await focused(page)).name).toContain('Reviewed');
      await tabTo(page, named(/^(Next item|Finish)/));
      await press(page, 'Enter', 'Next item');
    }
    expect((await focused(page)).name).toMatch(/^Done for now/);
    await expectAccessible(page);
    await context.close();
  });

  it('forms: refused submits focus the first invalid field and announce the errors', async () => {
    const { page, context } = await newPage(browser);
    // Sign-up, empty: three errors, focus on the first field, an alert names them.
    await open(page, '/sign-up');
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Create account');
    await press(page, 'Enter', 'empty sign-up');
    expect((await focused(page)).name).toBe('Your name');
    await expectErrorsAnnounced(page);

    // Sign-up by keyboard, then a taken username refused by the server.
    const taken = uniqueName('taken');
    await signUp(page, { name: 'First', identifier: taken, role: 'Student' });
    await page.waitForURL('**/student');
    await page.waitForLoadState('networkidle');
    // Join class with a wrong code: focus on the field, the code kept (L4), the error referenced.
    await tabTo(page, named('Join a class'));
    await page.keyboard.type('ZZZZ-9999');
    await tabTo(page, named('Join class'));
    await press(page, 'Enter', 'a wrong join code');
    await poll(() => focused(page).then((f) => f.name)).toBe('Join a class');
    expect(await page.getByLabel('Join a class').inputValue()).toBe('ZZZZ-9999');
    await expectErrorsAnnounced(page);
    await context.clearCookies();

    await open(page, '/sign-up');
    await tabTo(page, named('Your name'));
    await page.keyboard.type('Second');
    await page.keyboard.press('Tab');
    await page.keyboard.type(taken);
    await page.keyboard.press('Tab');
    await page.keyboard.type('correct-horse-battery');
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Create account');
    await press(page, 'Enter', 'a taken username');
    await poll(() => focused(page).then((f) => f.name)).toBe('Email or username');
    await expectErrorsAnnounced(page);

    // Sign-in with a wrong password: the button keeps focus, the alert says why.
    await open(page, '/sign-in');
    await tabTo(page, named('Email or username'));
    await page.keyboard.type(taken);
    await page.keyboard.press('Tab');
    await page.keyboard.type('not-the-password');
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Sign in');
    await press(page, 'Enter', 'a wrong password');
    await poll(() => page.locator('main [role=alert]').first().textContent()).not.toBe('');
    expect((await focused(page)).name).toBe('Sign in');

    // Teacher: create class with no name, assign with nothing chosen.
    await signIn(page, 'teacher@demo.opendoor', 'open-door-demo');
    await page.waitForURL('**/teacher');
    await page.waitForLoadState('networkidle');
    await tabTo(page, named('Create class'));
    await press(page, 'Enter', 'an empty class name');
    await poll(() => focused(page).then((f) => f.name)).toBe('Class name');
    const classLink = page.locator('main table a').first();
    await open(page, `${await classLink.getAttribute('href')}/assignments`);
    await tabTo(page, named('Assign'));
    await press(page, 'Enter', 'an empty assignment');
    await poll(() => focused(page).then((f) => f.name)).toBe('What to assign');
    await expectErrorsAnnounced(page);
    await context.close();
  });
  it('progress board: filter, pause and refresh by keyboard; the status says what shows and focus stays', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, 'teacher@demo.opendoor', 'open-door-demo');
    await page.waitForURL('**/teacher');
    const classLink = page.locator('main table a').first();
    await open(page, `${await classLink.getAttribute('href')}/board`);
    const status = page.getByTestId('board-status');
    await poll(() => status.textContent()).toMatch(/^Showing \d+ of \d+ students\.$/);

    await tabTo(page, named('Student name'));
    await page.keyboard.type('nobody-by-this-name');
    await expectFocusKept(page, 'typing a filter');
    await poll(() => status.textContent()).toContain('No student matches');
    expect((await focused(page)).name).toBe('Student name');
    await page.keyboard.press('Control+A');
    await press(page, 'Backspace', 'clearing the filter');
    await poll(() => status.textContent()).toMatch(/^Showing \d+ of \d+ students\.$/);

    await tabTo(page, named('Pause live updates'));
    await press(page, 'Space', 'pausing live updates');
    await poll(() =>
      page.getByRole('button', { name: 'Pause live updates' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await tabTo(page, named('Refresh now'));
    await press(page, 'Enter', 'refreshing now');
    await tabTo(page, named('Pause live updates'), { back: true });
    await press(page, 'Space', 'resuming live updates');
    await poll(() =>
      page.getByRole('button', { name: 'Pause live updates' }).getAttribute('aria-pressed'),
    ).toBe('false');
    await expectAccessible(page);
    await context.close();
  });
});
