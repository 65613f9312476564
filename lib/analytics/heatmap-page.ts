import type { Heatmap } from '@/lib/analytics/misconceptions';

export interface HeatmapPage {
  heatmap: Heatmap;
  /** 0-based page shown, clamped into range. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last column shown, and how many there are in all. */
  first: number;
  last: number;
  total: number;
}

/**
 * One page of a heatmap's columns (pupils), so a class of 30 or more fits on a screen instead of
 * scrolling sideways. Rows stay whole: the misconceptions are the point.
 */
export function heatmapPage(heatmap: Heatmap, page: number, size: number): HeatmapPage {
  const total = heatmap.columnIds.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(0, Number.isFinite(page) ? Math.floor(page) : 0), pageCount - 1);
  const start = current * size;
  const end = Math.min(total, start + size);
  return {
    heatmap: {
      rowIds: heatmap.rowIds,
      columnIds: heatmap.columnIds.slice(start, end),
      counts: heatmap.counts.map((row) => row.slice(start, end)),
    },
    page: current,
    pageCount,
    first: total === 0 ? 0 : start + 1,
    last: end,
    total,
  };
}
