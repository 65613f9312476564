import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, signIn } from './support/browser';

/**
 * Charts at 320 px (accessibility review L2): their text is never drawn smaller than 12 px, a long
 * label ends in an ellipsis with the full text as its title, and the class mastery shades are at
 * least 3:1 against the page and the card, with a divider between neighbouring segments, in the
 * light and the dark scheme.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function narrowPage(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseURL(),
    viewport: { width: 320, height: 800 },
    colorScheme,
  });
  return context.newPage();
}

/** Every chart label's drawn text: height of its glyph box, font size, and any cut-off without a title. */
async function chartLabels(page: Page) {
  return page.$$eval('main [data-chart-label]', (labels) =>
    labels.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const style = getComputedStyle(el);
      const cut = el.scrollWidth > el.clientWidth;
      return {
        text: el.textContent ?? '',
        height: range.getBoundingClientRect().height,
        fontPx: parseFloat(style.fontSize),
        cutWithoutEllipsis:
          cut && !(style.textOverflow === 'ellipsis' && el.getAttribute('title') === el.textContent),
      };
    }),
  );
}

function expectReadable(labels: Awaited<ReturnType<typeof chartLabels>>) {
  expect(labels.length).toBeGreaterThan(0);
  for (const l of labels) {
    expect(l.height, l.text).toBeGreaterThanOrEqual(12);
    expect(l.fontPx, l.text).toBeGreaterThanOrEqual(12);
    expect(l.cutWithoutEllipsis, l.text).toBe(false);
  }
}

/** WCAG contrast of two CSS colours, each painted on a canvas to get its sRGB value. */
async function contrasts(page: Page, pairs: [string, string][]): Promise<number[]> {
  return page.evaluate((list) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
    const probe = document.createElement('div');
    document.body.append(probe);
    const luminance = (css: string) => {
      probe.style.background = css;
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = getComputedStyle(probe).backgroundColor;
      ctx.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0] = [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3).map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const out = list.map(([a, b]) => {
      const [x, y] = [luminance(a), luminance(b)];
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    });
    probe.remove();
    return out;
  }, pairs);
}

describe('charts at 320 px', () => {
  it('a student’s mastery chart keeps its labels at 12 px or more', async () => {
    const page = await narrowPage();
    await signIn(page, 'demo-student', 'open-door-demo');
    await page.waitForURL('**/student');
    await page.goto('/progress');
    await page.locator('main [role=img]').waitFor();
    expect(await page.locator('[role=img] [data-chart-label]').count()).toBeGreaterThan(1);
    expectReadable(await chartLabels(page));
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('class analytics charts, %s scheme', async (scheme) => {
    const page = await narrowPage(scheme);
    await signIn(page, 'teacher@demo.opendoor', 'open-door-demo');
    await page.waitForURL('**/teacher');
    await page.goto(`${await page.locator('main table a').first().getAttribute('href')}/analytics`);
    // Until the streamed page is revealed, its content sits in a hidden copy: wait for the real one.
    await page.locator('main h1').waitFor();
    await page.$$eval('details', (all) => all.forEach((d) => (d.open = true)));
    await page.getByTestId('mastery-distribution-bars').waitFor();
    expectReadable(await chartLabels(page));

    const levels = [0, 1, 2, 3, 4].map((i) => `var(--color-level-${i})`);
    const against = (bg: string) =>
      contrasts(
        page,
        levels.map((l) => [l, bg] as [string, string]),
      );
    for (const ratio of [...(await against('var(--color-paper)')), ...(await against('var(--color-panel)'))])
      expect(ratio).toBeGreaterThanOrEqual(3);

    // Neighbouring segments are told apart by a gap of page colour, not by their shades alone.
    const gaps = await page.$$eval('[data-testid=mastery-segments]', (bars) =>
      bars.flatMap((bar) => {
        const rects = [...bar.children].map((s) => s.getBoundingClientRect());
        return rects.slice(1).map((r, i) => r.left - (rects[i] as DOMRect).right);
      }),
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1.5);
    await page.context().close();
  });
});
