import { describe, expect, it } from 'vitest';
import { compareIds, orderIds } from '@/lib/analytics/id-order';

describe('orderIds', () => {
  it('keeps the preferred order, drops repeats, and appends unexpected ids sorted', () => {
    expect(orderIds(['q3', 'q1', 'q3'], ['q2', 'q1', 'q9', 'q0', 'q2'])).toEqual([
      'q3',
      'q1',
      'q0',
      'q2',
      'q9',
    ]);
  });

  it('sorts by code unit, not locale, so the order is the same everywhere', () => {
    expect(['b', 'B', 'a'].sort(compareIds)).toEqual(['B', 'a', 'b']);
  });
});
