import { describe, expect, it } from 'vitest';
import { startState } from '@/lib/scenario/engine';
import { createMeterHorizon } from '@/lib/scenario/meter-horizon';
import { createStateKeyEncoder } from '@/lib/scenario/state-key';
import type { TRunState } from '@/lib/scenario/state';
import { fixtureScenario } from './fixture';

const scenario = fixtureScenario();
const base = startState(scenario, 1);
const variant = (change: Partial<TRunState>): TRunState => ({ ...base, ...change });

describe('createStateKeyEncoder', () => {
  const keyOf = createStateKeyEncoder(scenario, new Set(['press']));

  it('tells apart states that differ in node, step, a meter, a flag, a named choice or the end', () => {
    const keys = [
      base,
      variant({ nodeId: 'talks' }),
      variant({ step: 1, log: [{ nodeId: 'opening', choiceId: 'reassure' }] }),
      variant({ meters: { unity: 6, risk: 4 } }),
      variant({ flags: { pushed: true } }),
      variant({ step: 1, log: [{ nodeId: 'opening', choiceId: 'press' }] }),
      variant({ nodeId: 'stall', ended: { reason: 'ending-reached' } }),
      variant({ nodeId: 'stall', ended: { reason: 'step-limit' } }),
    ].map(keyOf);
    expect(typeof keys[0]).toBe('number');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('ignores choices that no condition names', () => {
    const viaReassure = variant({ step: 1, log: [{ nodeId: 'opening', choiceId: 'reassure' }] });
    const viaGamble = variant({ step: 1, log: [{ nodeId: 'opening', choiceId: 'gamble' }] });
    expect(keyOf(viaReassure)).toBe(keyOf(viaGamble));
  });

  it('falls back to an exact string key when the state space is too large for a number', () => {
    const huge = fixtureScenario((input) => {
      for (const meter of input.meters) meter.max = 1e9;
    });
    const hugeKeyOf = createStateKeyEncoder(huge, new Set());
    const a = startState(huge, 1);
    expect(typeof hugeKeyOf(a)).toBe('string');
    expect(hugeKeyOf(a)).not.toBe(hugeKeyOf({ ...a, meters: { unity: 5, risk: 999_999_999 } }));
  });
});

describe('createMeterHorizon', () => {
  const horizon = createMeterHorizon(scenario);
  // Unity is read by `atLeast 6` (gamble) and `atLeast 7` (deal): values below 6 behave alike, and
  // so do values of 7 and above, once no step remains that could change them.
  it('merges values beyond every bound when no step is left', () => {
    const atEnding = horizon('deal', 0);
    expect([0, 3, 5, 6, 7, 9, 10].map((v) => atEnding(0, v))).toEqual([5, 5, 5, 6, 7, 7, 7]);
  });

  it('keeps values apart that a remaining step could still carry across a bound', () => {
    // From the summit no effect touches unity, so only values beyond the bounds merge.
    expect([4, 5, 8].map((v) => horizon('summit', 1)(0, v))).toEqual([5, 5, 7]);
    // From the talks, three steps can add up to 3 (press-again, reassure +1, consult +2), so a unity
    // of 3 can still reach 6; only values of 2 and below are certain to stay under every bound.
    expect([0, 1, 2, 3, 4].map((v) => horizon('talks', 3)(0, v))).toEqual([2, 2, 2, 3, 4]);
  });
});
