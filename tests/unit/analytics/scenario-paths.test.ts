import { describe, expect, it } from 'vitest';
import type { DecisionRow } from '@/lib/analytics/rows';
import { scenarioPathStats } from '@/lib/analytics/scenario-paths';
import { run } from './row-builders';

function decide(
  runId: string,
  step: number,
  nodeId: string,
  choiceId: string,
  scenarioSlug = 'open-door',
): DecisionRow {
  return { runId, studentId: `owner-${runId}`, scenarioSlug, nodeId, choiceId, step };
}

/**
 *   r1: start → c-apply, n-rutte → c-wait      ended e-invited
 *   r2: start → c-apply, n-rutte → c-press     ended e-stalled
 *   r3: start → c-wait,  n-delay → c-reform    ended e-stalled
 *   r4: start → c-apply, now waiting at n-rutte (unfinished)
 *   r5: no decisions, waiting at start        (unfinished)
 * Noise: r6 belongs to another scenario; r7's decision has no run in the population.
 */
const runs = [
  run({ runId: 'r1', studentId: 's1', endingId: 'e-invited', finishedAt: '2024-10-14T10:00:00Z' }),
  run({ runId: 'r2', studentId: 's2', endingId: 'e-stalled', finishedAt: '2024-10-14T10:00:00Z' }),
  run({ runId: 'r3', studentId: 's3', endingId: 'e-stalled', finishedAt: '2024-10-14T10:00:00Z' }),
  run({ runId: 'r4', studentId: 's4', currentNodeId: 'n-rutte' }),
  run({ runId: 'r5', studentId: 's5', currentNodeId: 'start' }),
  run({
    runId: 'r6',
    studentId: 's1',
    scenarioSlug: 'bucharest',
    endingId: 'e-other',
    finishedAt: '2024-10-14T10:00:00Z',
  }),
];
const decisions = [
  decide('r1', 1, 'start', 'c-apply'),
  decide('r1', 2, 'n-rutte', 'c-wait'),
  decide('r2', 1, 'start', 'c-apply'),
  decide('r2', 2, 'n-rutte', 'c-press'),
  decide('r3', 1, 'start', 'c-wait'),
  decide('r3', 2, 'n-delay', 'c-reform'),
  decide('r4', 1, 'start', 'c-apply'),
  decide('r6', 1, 'start', 'c-wait', 'bucharest'),
  decide('r7', 1, 'start', 'c-wait'),
];

describe('scenarioPathStats', () => {
  const stats = scenarioPathStats({
    scenarioSlug: 'open-door',
    runs,
    decisions,
    endingIds: ['e-invited', 'e-stalled', 'e-withdrawn'],
  });

  it('shares choices among the runs that reached each node', () => {
    // start: decided r1,r2,r3,r4 + waiting r5 → reached 5, undecided 1; c-apply 3/5, c-wait 1/5
    // n-rutte (first step 2): decided r1,r2 + waiting r4 → 3; c-press 1/3, c-wait 1/3 (tie → id)
    // n-delay (first step 2, "n-delay" < "n-rutte"): reached 1; c-reform 1/1
    expect(stats.nodes).toEqual([
      {
        nodeId: 'start',
        reachedRuns: 5,
        undecidedRuns: 1,
        choices: [
          { choiceId: 'c-apply', runs: 3, share: 0.6 },
          { choiceId: 'c-wait', runs: 1, share: 0.2 },
        ],
      },
      {
        nodeId: 'n-delay',
        reachedRuns: 1,
        undecidedRuns: 0,
        choices: [{ choiceId: 'c-reform', runs: 1, share: 1 }],
      },
      {
        nodeId: 'n-rutte',
        reachedRuns: 3,
        undecidedRuns: 1,
        choices: [
          { choiceId: 'c-press', runs: 1, share: 1 / 3 },
          { choiceId: 'c-wait', runs: 1, share: 1 / 3 },
        ],
      },
    ]);
  });

  it('distributes endings over all runs, with unfinished runs as the remainder', () => {
    // 5 runs: e-invited 1 (.2), e-stalled 2 (.4), e-withdrawn 0 (known, unreached), unfinished 2 (.4)
    expect(stats.runCount).toBe(5);
    expect(stats.endings).toEqual([
      { endingId: 'e-invited', runs: 1, share: 0.2 },
      { endingId: 'e-stalled', runs: 2, share: 0.4 },
      { endingId: 'e-withdrawn', runs: 0, share: 0 },
    ]);
    expect(stats.unfinished).toEqual({ runs: 2, share: 0.4 });
  });

  it('counts a run once per distinct choice when it revisits a node', () => {
    // r1 passes "hub" three times choosing a, b, a → reached 1; a 1/1, b 1/1 (shares sum to 2).
    const loop = scenarioPathStats({
      scenarioSlug: 'open-door',
      runs: [run({ runId: 'r1', studentId: 's1', currentNodeId: 'hub' })],
      decisions: [decide('r1', 1, 'hub', 'a'), decide('r1', 2, 'hub', 'b'), decide('r1', 3, 'hub', 'a')],
    });
    expect(loop.nodes).toEqual([
      {
        nodeId: 'hub',
        reachedRuns: 1,
        undecidedRuns: 0,
        choices: [
          { choiceId: 'a', runs: 1, share: 1 },
          { choiceId: 'b', runs: 1, share: 1 },
        ],
      },
    ]);
    expect(loop.endings).toEqual([]);
    expect(loop.unfinished).toEqual({ runs: 1, share: 1 });
  });

  it('lists endings outside the known list after it, sorted', () => {
    const other = scenarioPathStats({ scenarioSlug: 'open-door', runs, decisions, endingIds: ['e-stalled'] });
    expect(other.endings.map((e) => e.endingId)).toEqual(['e-stalled', 'e-invited']);
  });

  it('is empty, without NaN, for a scenario nobody played', () => {
    expect(scenarioPathStats({ scenarioSlug: 'none', runs, decisions, endingIds: ['e-x'] })).toEqual({
      runCount: 0,
      nodes: [],
      endings: [{ endingId: 'e-x', runs: 0, share: 0 }],
      unfinished: { runs: 0, share: 0 },
    });
  });
});
