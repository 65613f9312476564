import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getModule, getQuestion } from '@/lib/content/load';
import type { TQuestion } from '@/lib/content/question-schema';
import { baseURL, expectAccessible, launch, newPage, signUp, uniqueName } from './support/browser';

const SLUG = 'allied-politics';
/** Server round trips (the first grading loads content) can take longer than poll's 1 s default. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

function question(id: string): TQuestion {
  const q = getQuestion(id)?.question;
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

/** Undoes JSON and HTML escaping, so a secret is found however the page embedded it. */
function readable(text: string): string {
  return text
    .replace(/\\+/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/**
 * Every response body the browser receives, as text with JSON and HTML escaping undone. Requests
 * are proxied through page.route so that streamed bodies (RSC payloads of server actions and client
 * navigations, which page.on('response') cannot always read back) are recorded in full too.
 */
async function recordBodies(page: Page, urls: string[] = []): Promise<string[]> {
  const bodies: string[] = [];
  await page.route('**/*', async (route) => {
    try {
      const response = await route.fetch({ maxRedirects: 0 });
      const body = await response.body();
      urls.push(route.request().url());
      bodies.push(readable(body.toString('utf8')));
      await route.fulfill({ response, body });
    } catch {
      // The page or context closed mid-request (a prefetch at the end of a test): nothing to record.
      await route.abort().catch(() => undefined);
    }
  });
  return bodies;
}

/** The answer-key secrets of a question: its explanation, every feedback text, the correct option marked correct. */
function secretsOf(q: TQuestion): { texts: string[]; correctMarks: RegExp[] } {
  const texts = [q.explanation];
  if (q.type === 'single' || q.type === 'multi')
    texts.push(...q.options.flatMap((o) => (o.feedback ? [o.feedback] : [])));
  if (q.type === 'true-false' || q.type === 'numeric') texts.push(q.wrongFeedback);
  const correctIds =
    q.type === 'single' || q.type === 'multi' ? q.options.filter((o) => o.correct).map((o) => o.id) : [];
  const correctMarks = correctIds.flatMap((id) => [
    new RegExp(`"id":"${id}"[^{}]*"correct":true`),
    new RegExp(`"correct":true[^{}]*"id":"${id}"`),
  ]);
  return { texts, correctMarks };
}

function leaks(bodies: readonly string[], q: TQuestion): string[] {
  const { texts, correctMarks } = secretsOf(q);
  return bodies.flatMap((b) => [
    ...texts.filter((t) => b.includes(t)).map((t) => `text: ${t.slice(0, 40)}…`),
    ...correctMarks.filter((re) => re.test(b)).map((re) => `mark: ${re.source}`),
  ]);
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
}

async function startQuiz(page: Page, mode: 'Practice' | 'Test') {
  await signUp(page, { name: 'Quiz Taker', identifier: uniqueName('quiz'), role: 'Student' });
  await page.waitForURL('**/student');
  await page.goto(`/modules/${SLUG}/quiz`);
  await page.getByLabel(new RegExp(`^${mode}:`)).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const total = getModule(SLUG)?.questions.length;
  await poll(() => page.getByText(`Question 1 of ${total}`).count()).toBe(1);
}

describe('quiz player in a real browser', () => {
  it('practice mode: no answer key before commit, full feedback after, and a reload resumes', async () => {
    const { page, context } = await newPage(browser);
    const urls: string[] = [];
    const bodies = await recordBodies(page, urls);
    await startQuiz(page, 'Practice');
    const q1 = question('pol-how-invited');
    if (q1.type !== 'single') throw new Error('expected single choice');
    const wrong = q1.options.find((o) => o.id === 'simple-majority');
    if (!wrong?.feedback) throw new Error('distractor without feedback');

    await page.getByLabel(wrong.text).check();
    await page.getByLabel('Sure', { exact: true }).check();
    await settle(page);
    expect(leaks(bodies, q1)).toEqual([]);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Check answer' }).click();
    const feedback = page.locator('section[aria-label="Feedback"]');
    await poll(() => feedback.textContent()).toContain('Incorrect');
    const shown = (await feedback.textContent()) ?? '';
    expect(shown).toContain(q1.explanation);
    expect(shown).toContain(wrong.feedback);
    expect(shown).toContain('Common misconception');
    expect(shown).toContain('as of October 2024');
    // The detector sees the secrets once they are allowed: it is not blind.
    await poll(() => leaks(bodies, q1).length).toBeGreaterThan(0);

    // Focus moved to the feedback's heading (the outcome in a few words), not left on a removed button.
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('feedback-heading');
    await page.getByRole('button', { name: 'Next question' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.getByText(/^Question 2 of/).count()).toBe(1);
    const q2 = question('pol-why-veto');
    await settle(page);
    expect(leaks(bodies, q2)).toEqual([]);

    await page.reload();
    await poll(() => page.getByText(/^Question 2 of/).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Question 1, answered' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Question 1, answered' }).click();
    await poll(() => page.locator('section[aria-label="Feedback"]').textContent()).toContain(q1.explanation);

    // The API itself: bad bodies 400, unknown attempts 404, a stale seq 409 — and nothing stored.
    const attemptId = urls.map((u) => /\/api\/attempts\/([^/]+)\//.exec(u)?.[1]).find(Boolean);
    expect(attemptId).toBeTruthy();
    const post = (path: string, data: unknown) => page.request.post(path, { data, failOnStatusCode: false });
    const answers = `/api/attempts/${attemptId}/responses`;
    const right = { type: 'single', optionId: 'one-refusal-enough' };
    expect((await post(answers, { questionId: q2.id, seq: 0, response: right })).status()).toBe(409);
    expect((await post(answers, { questionId: q2.id, seq: 0, response: right, score: 1 })).status()).toBe(
      400,
    );
    expect((await post(answers, { questionId: q2.id, seq: 0, response: { type: 'single' } })).status()).toBe(
      400,
    );
    expect((await post(answers, { questionId: 'no-such-question', seq: 0, response: right })).status()).toBe(
      404,
    );
    expect(
      (
        await post('/api/attempts/not-an-attempt/responses', { questionId: q2.id, seq: 0, response: right })
      ).status(),
    ).toBe(404);
    const notJson = await page.request.post(answers, {
      data: 'not json',
      headers: { 'Content-Type': 'application/json' },
      failOnStatusCode: false,
    });
    expect(notJson.status()).toBe(400);
    expect(await notJson.text()).not.toMatch(/at .*\.(js|ts):\d+/);
    const view = await (await page.request.get(`/api/attempts/${attemptId}`)).json();
    expect(Object.keys(view.answers)).toEqual([q1.id]);
    await context.close();
  });

  it('test mode: keyboard-only ordering, no feedback until submitted, then results, progress and review', async () => {
    const { page, context } = await newPage(browser);
    const bodies = await recordBodies(page);
    await startQuiz(page, 'Test');
    const q1 = question('pol-how-invited');
    if (q1.type !== 'single') throw new Error('expected single choice');
    await page.getByLabel('By a simple majority of the members').check();
    await page.getByLabel('Sure', { exact: true }).check();
    await page.getByRole('button', { name: 'Save answer' }).click();
    await poll(() => page.locator('main [role=status]').first().textContent()).toContain('Answer saved');
    await settle(page);
    expect(leaks(bodies, q1)).toEqual([]);

    // Ordering by keyboard alone: focus a Move up button and press Enter until the order is right.
    const ordering = question('pol-accession-steps');
    if (ordering.type !== 'ordering') throw new Error('expected ordering');
    await page.getByRole('button', { name: 'Question 4, not answered' }).click();
    await poll(() => page.getByText(/^Question 4 of/).count()).toBe(1);
    for (const [target, item] of ordering.items.entries()) {
      const texts = await page.locator('form ol li span.flex-1').allTextContents();
      const at = texts.indexOf(item.text);
      if (at > target) {
        await page.getByRole('button', { name: `Move up: ${item.text}` }).focus();
        for (let i = at; i > target; i--) await page.keyboard.press('Enter');
      }
    }
    await poll(() => page.locator('form ol li span.flex-1').allTextContents()).toEqual(
      ordering.items.map((i) => i.text),
    );
    await page.getByRole('button', { name: 'Save answer' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('button', { name: 'Question 4, answered' }).count()).toBe(1);
    await settle(page);
    expect(leaks(bodies, ordering)).toEqual([]);
    expect(leaks(bodies, q1)).toEqual([]);
    await expectAccessible(page);

    // Reload mid-attempt: the saved answers and position survive.
    await page.reload();
    await poll(() => page.getByText(/^Question 4 of/).count()).toBe(1);
    await poll(() => page.locator('form ol li span.flex-1').allTextContents()).toEqual(
      ordering.items.map((i) => i.text),
    );

    await page.getByRole('button', { name: 'Submit quiz' }).click();
    await page.getByRole('button', { name: 'Yes, submit quiz' }).click();
    await page.waitForURL('**/attempts/**');
    await poll(() => page.getByText(/Score: \d+% \(1 of \d+ marks\)/).count()).toBe(1);
    const first = page.locator('main ol > li').first();
    await poll(() => first.textContent()).toContain('Confident but wrong');
    expect(await first.textContent()).toContain(q1.explanation);
    // Once submitted the secrets may arrive, and the detector sees them: it is not blind.
    await poll(() => leaks(bodies, q1).length).toBeGreaterThan(0);
    expect(await page.locator('main ol > li').nth(3).textContent()).toMatch(/✓\s*Correct/);
    await expectAccessible(page);

    await page.goto('/progress');
    await poll(() => page.getByRole('table', { name: /Mastery by topic/ }).count()).toBe(1);
    await expectAccessible(page);

    await page.goto('/review');
    await poll(() => page.getByText(/items? (is|are) due/).count()).toBe(1);
    await expectAccessible(page);
    // The missed question and its terms are due, one card at a time: answer the question (graded on
    // the server) and rate each term, then nothing new is due.
    const card = page.locator('main article');
    const expected = 1 + q1.terms.length;
    expect(await page.getByTestId('review-due').textContent()).toBe(`${expected} items are due.`);
    for (let n = 1; n <= expected; n++) {
      await poll(() => card.textContent()).toContain(`Item ${n} of ${expected}`);
      if (((await card.textContent()) ?? '').includes(q1.prompt)) {
        await card.getByLabel('By unanimous agreement of all the members').check();
        await card.getByRole('button', { name: 'Check answer' }).click();
        await poll(() => card.textContent()).toMatch(/✓\s*Correct[\s\S]*Reviewed/);
      } else {
        await card.getByRole('button', { name: 'Show definition' }).click();
        await card.getByRole('button', { name: /^Good/ }).click();
        await poll(() => card.textContent()).toContain('Reviewed');
      }
      // The due count goes down as items are done, and the next review is said in words.
      const left = expected - n;
      await poll(() => page.getByTestId('review-due').textContent()).toBe(
        `${left} ${left === 1 ? 'item is' : 'items are'} due.`,
      );
      expect(await card.textContent()).toMatch(
        /Next review: .+ · (in \d+ (minutes?|hours?|days?)|tomorrow)\./,
      );
      if (n === 1) await expectAccessible(page);
      await page.getByRole('button', { name: n < expected ? 'Next item' : 'Finish' }).click();
    }
    await poll(() => page.getByText(`${expected} of ${expected} reviewed`).count()).toBe(1);
    await page.reload();
    await poll(() => page.getByText('Nothing is due for review right now.').count()).toBe(1);
    await context.close();
  });

  it('on a phone-sized screen: numeric, true/false, multiple select and matching answered and checked', async () => {
    const context = await browser.newContext({
      baseURL: baseURL(),
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await startQuiz(page, 'Practice');
    const feedback = page.locator('section[aria-label="Feedback"]');
    const check = async (n: number) => {
      await page.getByRole('button', { name: 'Check answer' }).click();
      await poll(() => page.getByRole('button', { name: `Question ${n}, answered` }).count()).toBe(1);
      await poll(() => feedback.textContent()).toMatch(/✓\s*Correct/);
    };
    const goTo = async (n: number) => {
      await page.getByRole('button', { name: `Question ${n}, not answered` }).click();
      await poll(() => page.getByText(new RegExp(`^Question ${n} of`)).count()).toBe(1);
    };

    const numeric = question('pol-ratifications-needed');
    if (numeric.type !== 'numeric') throw new Error('expected numeric');
    await goTo(3);
    await page.getByLabel(`Your answer (${numeric.unit})`).fill(String(numeric.answer));
    await check(3);

    const tf = question('pol-invited-is-member-tf');
    if (tf.type !== 'true-false') throw new Error('expected true/false');
    await goTo(5);
    await page.getByLabel(tf.answer ? 'True' : 'False', { exact: true }).check();
    await check(5);

    const multi = question('pol-rutte-said');
    if (multi.type !== 'multi') throw new Error('expected multiple select');
    await goTo(6);
    for (const o of multi.options.filter((x) => x.correct))
      await page.getByLabel(o.text, { exact: true }).check();
    await check(6);

    const matching = question('pol-actors-positions');
    if (matching.type !== 'matching') throw new Error('expected matching');
    await goTo(10);
    for (const p of matching.pairs)
      await page.getByLabel(p.left.text, { exact: true }).selectOption({ label: p.right.text });
    await check(10);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await context.close();
  });
});
