import { describe, expect, it } from 'vitest';
import { getScenario } from '@/lib/scenario';
import { indexScenario } from '@/lib/scenario/scenario-index';
import { endingsFound } from '@/lib/scenario/endings-found';

describe('endings found', () => {
  it('counts distinct endings of the scenario, ignoring unfinished runs and endings no longer in it', () => {
    const scenario = getScenario('the-envoy')?.scenario;
    if (!scenario) throw new Error('the-envoy is missing');
    const [first, second] = indexScenario(scenario).endings.map((e) => e.id);
    const total = indexScenario(scenario).endings.length;
    expect(total).toBeGreaterThan(2);
    expect(endingsFound(scenario, [])).toEqual({ found: 0, total });
    expect(endingsFound(scenario, [first ?? '', null, first ?? '', 'removed-ending', second ?? ''])).toEqual({
      found: 2,
      total,
    });
  });
});
