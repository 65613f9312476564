import { describe, expect, it } from 'vitest';
import { CONSENSUS_RULES, consensusOf } from '@/components/scenario/consensus';
import { getScenario } from '@/lib/scenario';

describe('the consensus panel agrees with the scenario content', () => {
  it('uses the blocking threshold the-table votes with', () => {
    const loaded = getScenario('the-table');
    const rule = CONSENSUS_RULES['the-table'];
    if (!loaded || !rule) throw new Error('the-table or its rule is missing');
    const bounds = new Set<number>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if (
          typeof o.meter === 'string' &&
          o.meter.startsWith(rule.meterPrefix) &&
          typeof o.atMost === 'number'
        )
          bounds.add(o.atMost);
        Object.values(o).forEach(visit);
      }
    };
    // The vote is a conditional next: its branch sends any run with a stance at or below the bound to the blocked ending.
    for (const node of loaded.scenario.nodes)
      if (node.kind === 'decision')
        for (const c of node.choices)
          if (Array.isArray(c.next)) for (const b of c.next) if (b.goto === 'ending-blocked') visit(b.if);
    expect([...bounds]).toEqual([rule.blockAtOrBelow]);
  });

  it('names every delegation and says which would block', () => {
    const meters = getScenario('the-table')?.scenario.meters.map((m) => ({ ...m, value: m.start })) ?? [];
    const consensus = consensusOf('the-table', meters);
    expect(consensus?.allies.map((a) => a.ally)).toEqual([
      'United States',
      'Germany',
      'Frontline ally (composite)',
      'Large western ally (composite)',
      'Holdout ally (composite)',
      'Swing ally (composite)',
    ]);
    expect(consensus?.allies.filter((a) => a.blocks).map((a) => a.ally)).toEqual([
      'United States',
      'Germany',
      'Holdout ally (composite)',
    ]);
    expect(consensusOf('the-envoy', meters)).toBeNull();
  });
});
