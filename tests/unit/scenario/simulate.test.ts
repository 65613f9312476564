import { describe, expect, it } from 'vitest';
import { startState } from '@/lib/scenario/engine';
import { loadScenarios } from '@/lib/scenario/loader';
import { goodnessScore, greedyPolicy, randomPolicy } from '@/lib/scenario/policies';
import { simulateScenario } from '@/lib/scenario/simulate';
import { fixtureScenario } from './fixture';

describe('policies', () => {
  const scenario = fixtureScenario();

  it('score meters by their good direction, from 0 (worst) to 1 (best)', () => {
    // unity 5 of 10 (high is good) and risk 4 of 10 (low is good): (0.5 + 0.6) / 2.
    expect(goodnessScore(startState(scenario, 1), scenario)).toBeCloseTo(0.55);
    const best = { ...startState(scenario, 1), meters: { unity: 10, risk: 0 } };
    expect(goodnessScore(best, scenario)).toBe(1);
  });

  it('greedy takes the choice with the best score one step ahead', () => {
    const state = startState(scenario, 1);
    const choices = [
      { id: 'press', label: 'Press hard' },
      { id: 'reassure', label: 'Reassure' },
    ] as const;
    expect(greedyPolicy(state, [...choices], scenario, () => 0)).toBe('reassure');
  });

  it('random picks by the random number it is given', () => {
    const choices = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ] as const;
    const state = startState(scenario, 1);
    expect(randomPolicy(state, [...choices], scenario, () => 0.2)).toBe('a');
    expect(randomPolicy(state, [...choices], scenario, () => 0.7)).toBe('b');
  });
});

describe('simulateScenario', () => {
  it('is reproducible for the same base seed', () => {
    const scenario = fixtureScenario();
    expect(simulateScenario(scenario, randomPolicy, 200, 5)).toEqual(
      simulateScenario(scenario, randomPolicy, 200, 5),
    );
  });

  it('counts runs cut off at maxSteps', () => {
    const summary = simulateScenario(fixtureScenario(), randomPolicy, 500);
    expect(summary.cutOffRuns).toBeGreaterThan(0);
    expect(summary.pathLength.max).toBe(8);
  });
});

describe.each([...loadScenarios().values()].map((l) => [l.scenario.slug, l.scenario] as const))(
  'balance of %s under random play',
  (_slug, scenario) => {
    const summary = simulateScenario(scenario, randomPolicy, 4000);

    it('gives every ending between 3% and 60% of runs', () => {
      for (const [id, { share }] of Object.entries(summary.endings)) {
        expect(share, id).toBeGreaterThanOrEqual(0.03);
        expect(share, id).toBeLessThanOrEqual(0.6);
      }
    });

    it('takes every choice and draws every outcome, and never needs the step limit', () => {
      expect(summary.choicesNeverTaken).toEqual([]);
      expect(summary.outcomesNeverDrawn).toEqual([]);
      expect(summary.cutOffRuns).toBe(0);
    });
  },
);
