import { describe, expect, it } from 'vitest';
import { heatmapPage } from '@/lib/analytics/heatmap-page';

const heatmap = {
  rowIds: ['m1', 'm2'],
  columnIds: ['a', 'b', 'c', 'd', 'e'],
  counts: [
    [1, 0, 2, 0, 3],
    [0, 4, 0, 5, 0],
  ],
};

describe('heatmap pages of pupils', () => {
  it('keeps every misconception and slices the pupils with their counts', () => {
    const second = heatmapPage(heatmap, 1, 2);
    expect(second.heatmap).toEqual({
      rowIds: ['m1', 'm2'],
      columnIds: ['c', 'd'],
      counts: [
        [2, 0],
        [0, 5],
      ],
    });
    expect(second).toMatchObject({ page: 1, pageCount: 3, first: 3, last: 4, total: 5 });
  });

  it('clamps a page out of range or unreadable to a real one', () => {
    expect(heatmapPage(heatmap, 9, 2)).toMatchObject({ page: 2, first: 5, last: 5 });
    expect(heatmapPage(heatmap, -1, 2).page).toBe(0);
    expect(heatmapPage(heatmap, Number.NaN, 2).page).toBe(0);
    expect(heatmapPage({ rowIds: [], columnIds: [], counts: [] }, 0, 2)).toMatchObject({
      pageCount: 1,
      first: 0,
      last: 0,
    });
  });
});
