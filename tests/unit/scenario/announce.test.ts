import { describe, expect, it } from 'vitest';
import { announceStep } from '@/components/scenario/announce';
import type { TPublicMeter } from '@/lib/scenario';
import type { TLastStep, TRunPayload } from '@/lib/scenario/run-types';

const meter = (id: string, label: string, value: number): TPublicMeter => ({
  id,
  label,
  description: '',
  value,
  min: 1,
  max: 5,
  good: 'high',
});

function run(slug: string, meters: TPublicMeter[], lastStep: TLastStep | null): TRunPayload {
  return {
    runId: 'run-1',
    view: {
      scenario: { slug, title: 'T', role: 'r', briefing: '', sources: [], asOf: '2026-11-01', maxSteps: 9 },
      step: 1,
      node: { id: 'n2', kind: 'decision', title: 'The summit', text: '', obstacles: [], sources: [] },
      choices: [],
      meters,
      log: [],
      ending: null,
    },
    lastStep,
    citations: {},
    obstacles: [],
    reflection: null,
    assignmentId: null,
    outdated: false,
    endings: null,
  };
}

const step: TLastStep = {
  nodeTitle: 'The request',
  label: 'Ask for a timetable',
  consequence: 'Allies listen.',
  changes: [
    { id: 'unity', label: 'Allied unity', from: 5, to: 6, good: 'high' },
    { id: 'risk', label: 'Escalation risk', from: 2, to: 4, good: 'low' },
  ],
};

describe('announceStep (what a screen reader hears after a scenario decision)', () => {
  it('says what happened, every meter change in words, then what comes next', () => {
    expect(announceStep(run('long-road', [], step))).toBe(
      'Ask for a timetable. Allies listen. ' +
        'Changes: Allied unity 5 → 6 (up 1, better); Escalation risk 2 → 4 (up 2, worse). ' +
        'Next: The summit.',
    );
  });

  it('leaves the changes out when no meter moved', () => {
    expect(announceStep(run('long-road', [], { ...step, changes: [] }))).toBe(
      'Ask for a timetable. Allies listen. Next: The summit.',
    );
  });

  it('in The Table, adds the vote verdict with the delegations that would block', () => {
    const meters = [
      meter('stance-de', 'Germany: stance', 2),
      meter('stance-fr', 'France: stance', 4),
      meter('stance-hu', 'Hungary: stance', 1),
    ];
    expect(announceStep(run('the-table', meters, { ...step, changes: [] }))).toBe(
      'Ask for a timetable. Allies listen. Vote: 2 of 3 would block a vote now: Germany, Hungary. Next: The summit.',
    );
  });
});
