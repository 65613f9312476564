import { describe, expect, it } from 'vitest';
import type { TCondition } from '@/lib/scenario/condition-schema';
import { conditionReferences, evaluateCondition } from '@/lib/scenario/conditions';

const context = {
  meters: { unity: 5, risk: 8 },
  flags: { pushed: true, signed: false },
  hasChosen: (id: string) => id === 'press',
};
const holds = (condition: TCondition) => evaluateCondition(condition, context);

describe('evaluateCondition', () => {
  it('compares meters with inclusive bounds', () => {
    expect(holds({ meter: 'unity', atLeast: 5 })).toBe(true);
    expect(holds({ meter: 'unity', atLeast: 6 })).toBe(false);
    expect(holds({ meter: 'unity', atMost: 5 })).toBe(true);
    expect(holds({ meter: 'unity', atMost: 4 })).toBe(false);
    expect(holds({ meter: 'unity', atLeast: 4, atMost: 6 })).toBe(true);
    expect(holds({ meter: 'risk', atLeast: 4, atMost: 6 })).toBe(false);
  });

  it('treats an unknown meter as failing, never as zero', () => {
    expect(holds({ meter: 'missing', atMost: 3 })).toBe(false);
  });

  it('tests flags, defaulting to "is true" and treating unset flags as false', () => {
    expect(holds({ flag: 'pushed' })).toBe(true);
    expect(holds({ flag: 'signed' })).toBe(false);
    expect(holds({ flag: 'signed', is: false })).toBe(true);
    expect(holds({ flag: 'never-set', is: false })).toBe(true);
  });

  it('tests earlier choices', () => {
    expect(holds({ chose: 'press' })).toBe(true);
    expect(holds({ chose: 'reassure' })).toBe(false);
  });

  it('combines with all, any and not', () => {
    expect(holds({ all: [{ flag: 'pushed' }, { meter: 'risk', atLeast: 8 }] })).toBe(true);
    expect(holds({ all: [{ flag: 'pushed' }, { meter: 'risk', atLeast: 9 }] })).toBe(false);
    expect(holds({ any: [{ flag: 'signed' }, { chose: 'press' }] })).toBe(true);
    expect(holds({ any: [{ flag: 'signed' }, { chose: 'reassure' }] })).toBe(false);
    expect(holds({ not: { flag: 'signed' } })).toBe(true);
  });
});

describe('conditionReferences', () => {
  it('collects meter tests, flags and choices from nested conditions', () => {
    const refs = conditionReferences({
      all: [{ meter: 'unity', atLeast: 3 }, { any: [{ flag: 'pushed' }, { not: { chose: 'press' } }] }],
    });
    expect(refs).toEqual({
      meterTests: [{ meter: 'unity', atLeast: 3 }],
      flags: ['pushed'],
      choices: ['press'],
    });
  });
});
