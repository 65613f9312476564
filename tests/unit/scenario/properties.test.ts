import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '@/lib/scenario/engine';
import { loadScenarios } from '@/lib/scenario/loader';
import { ZRunState } from '@/lib/scenario/state';
import { walk } from './walk';

const scenarios = [...loadScenarios().values()].map((loaded) => loaded.scenario);

describe.each(scenarios.map((s) => [s.slug, s] as const))('random walks over %s', (_slug, scenario) => {
  const runs = fc.record({
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: scenario.maxSteps }),
  });

  it('always reach an ending by themselves within maxSteps, with meters in range', () => {
    fc.assert(
      fc.property(runs, ({ seed, picks }) => {
        const states = walk(scenario, seed, picks);
        const final = states[states.length - 1];
        expect(final?.ended).toEqual({ reason: 'ending-reached' });
        expect(final?.step).toBeLessThanOrEqual(scenario.maxSteps);
        for (const state of states)
          for (const meter of scenario.meters) {
            const value = state.meters[meter.id];
            expect(Number.isInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(meter.min);
            expect(value).toBeLessThanOrEqual(meter.max);
          }
      }),
      { numRuns: 400 },
    );
  });

  it('replaying the log from the seed reproduces the final state exactly', () => {
    fc.assert(
      fc.property(runs, ({ seed, picks }) => {
        const states = walk(scenario, seed, picks);
        const final = states[states.length - 1];
        const again = replay(scenario, seed, final?.log.map((e) => e.choiceId) ?? []);
        expect(again).toEqual({ ok: true, state: final });
      }),
      { numRuns: 400 },
    );
  });

  it('survives a JSON round trip through the database shape unchanged', () => {
    fc.assert(
      fc.property(runs, fc.nat(), ({ seed, picks }, cut) => {
        const states = walk(scenario, seed, picks);
        const state = states[cut % states.length];
        expect(ZRunState.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
});
