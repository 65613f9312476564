import { expect, it, vi } from 'vitest';

it('gives every copy of a loader module the same cache, as separate route bundles would load it', async () => {
  const first = await import('@/lib/process-cache');
  vi.resetModules();
  const second = await import('@/lib/process-cache');
  expect(second).not.toBe(first); // two evaluations of the module, as in two route bundles
  const cache = first.processCache<number>('process-cache-test');
  cache.set('content', 1);
  expect(second.processCache<number>('process-cache-test').get('content')).toBe(1);
  expect(second.processCache<number>('another-loader').has('content')).toBe(false);
});

it('parses the modules once however many copies of the loader ask', async () => {
  const { loadContent } = await import('@/lib/content/load');
  vi.resetModules();
  const again = await import('@/lib/content/load');
  expect(again.loadContent).not.toBe(loadContent);
  expect(again.loadContent()).toBe(loadContent());
});
