import { describe, expect, it } from 'vitest';
import { pointBiserial, upperLowerIndex, type ItemObservation } from '@/lib/analytics/item-discrimination';

function observations(pairs: readonly [itemScore: number, restScore: number][]): ItemObservation[] {
  return pairs.map(([itemScore, restScore], i) => ({ attemptId: `a${i}`, itemScore, restScore }));
}

describe('pointBiserial (item score vs rest score)', () => {
  it('matches a hand computation for an all-or-nothing item', () => {
    // x = [1,1,0,0], y = [3,2,1,0]; x̄ = 0.5, ȳ = 1.5
    // dx = [.5,.5,-.5,-.5], dy = [1.5,.5,-.5,-1.5]
    // Σdxdy = .75+.25+.25+.75 = 2; Σdx² = 1; Σdy² = 2.25+.25+.25+2.25 = 5
    // r = 2 / √5 = 0.894427…
    expect(
      pointBiserial(
        observations([
          [1, 3],
          [1, 2],
          [0, 1],
          [0, 0],
        ]),
      ),
    ).toBeCloseTo(2 / Math.sqrt(5), 12);
  });

  it('is negative when the weaker students get the item right', () => {
    // Mirror of the case above: r = −2/√5.
    expect(
      pointBiserial(
        observations([
          [0, 3],
          [0, 2],
          [1, 1],
          [1, 0],
        ]),
      ),
    ).toBeCloseTo(-2 / Math.sqrt(5), 12);
  });

  it('uses partial credit as given', () => {
    // x = [.5,1,0], y = [1,2,0]; x̄ = .5, ȳ = 1; dx = [0,.5,-.5], dy = [0,1,-1]
    // Σdxdy = 1; Σdx² = .5; Σdy² = 2 → r = 1/√1 = 1
    expect(
      pointBiserial(
        observations([
          [0.5, 1],
          [1, 2],
          [0, 0],
        ]),
      ),
    ).toBeCloseTo(1, 12);
  });

  it('is null when undefined', () => {
    expect(pointBiserial(observations([[1, 2]]))).toBeNull(); // n < 2
    expect(
      pointBiserial(
        observations([
          [1, 2],
          [1, 0],
        ]),
      ),
    ).toBeNull(); // everyone right: item variance 0
    expect(
      pointBiserial(
        observations([
          [1, 2],
          [0, 2],
        ]),
      ),
    ).toBeNull(); // rest variance 0
  });
});

describe('upperLowerIndex (27% groups by rest score)', () => {
  it('matches a hand computation with 10 attempts', () => {
    // n = 10 → g = round(2.7) = 3. Rest scores 9..0 are distinct, so the groups are clear:
    // upper (rest 9,8,7) item scores 1,1,0 → 2/3; lower (rest 2,1,0) item scores 0,0,1 → 1/3
    // D = 2/3 − 1/3 = 1/3
    const obs = observations([
      [1, 9],
      [1, 8],
      [0, 7],
      [1, 6],
      [0, 5],
      [1, 4],
      [0, 3],
      [0, 2],
      [0, 1],
      [1, 0],
    ]);
    expect(upperLowerIndex(obs)).toBeCloseTo(1 / 3, 12);
  });

  it('averages partial credit and ranks regardless of input order', () => {
    // n = 4 → g = round(1.08) = 1. Highest rest 3 has item .5; lowest rest 0 has item 0 → D = .5
    const obs = observations([
      [1, 1],
      [0, 0],
      [0.5, 3],
      [0, 2],
    ]);
    expect(upperLowerIndex(obs)).toBe(0.5);
  });

  it('breaks ties at the boundary by attempt id, not input order', () => {
    // n = 3 → g = round(.81) = 1. "b" and "a" tie on rest 2; "a" sorts first by id, so upper = a
    // (item 0); lower = c (item 0) → D = 0. Keeping input order would pick b and give D = 1.
    const obs: ItemObservation[] = [
      { attemptId: 'b', itemScore: 1, restScore: 2 },
      { attemptId: 'a', itemScore: 0, restScore: 2 },
      { attemptId: 'c', itemScore: 0, restScore: 1 },
    ];
    expect(upperLowerIndex(obs)).toBe(0);
  });

  it('is null when n < 2 or all rest scores are equal', () => {
    expect(upperLowerIndex(observations([[1, 1]]))).toBeNull();
    expect(
      upperLowerIndex(
        observations([
          [1, 1],
          [0, 1],
        ]),
      ),
    ).toBeNull();
  });
});
