import { describe, expect, it } from 'vitest';
import { marksText, percentText, scoreText, wholePercent } from '@/lib/score/format';

describe('one score format', () => {
  it('shows a whole per cent, rounded rather than truncated (52.68% → 53%)', () => {
    expect(percentText(9.483333 / 18)).toBe('53%');
    expect(percentText(0.285)).toBe('29%');
    expect(percentText(1)).toBe('100%');
    expect(percentText(null)).toBe('—');
    expect(wholePercent(0.004)).toBe(0);
  });

  it('shows marks to at most one decimal place', () => {
    expect(marksText(9.483333)).toBe('9.5');
    expect(marksText(9)).toBe('9');
    expect(marksText(7.48)).toBe('7.5');
    expect(marksText(0.04)).toBe('0');
  });

  it('puts the per cent first and the marks behind it', () => {
    expect(scoreText(9.483333, 18)).toBe('53% (9.5 of 18 marks)');
    expect(scoreText(0, 0)).toBe('0% (0 of 0 marks)');
  });
});
