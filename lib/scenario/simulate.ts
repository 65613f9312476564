import { applyChoice, availableChoices, startState } from './engine';
import type { TPolicy } from './policies';
import { nextRandom } from './random';
import type { TScenario } from './schema';
import type { TRunState } from './state';

export type TSimulationSummary = {
  runs: number;
  /** Share of runs per ending id, in file order, including endings never reached (share 0). */
  endings: Record<string, { count: number; share: number }>;
  pathLength: { min: number; median: number; max: number };
  /** Lowest and highest value each meter took at any point of any run. */
  meterRanges: Record<string, { min: number; max: number }>;
  choicesNeverTaken: string[];
  outcomesNeverDrawn: string[];
  /** Runs cut off at maxSteps; scenario:check forbids paths that need it, so this should be 0. */
  cutOffRuns: number;
};

/**
 * Plays `runs` complete runs with one policy. Run i uses scenario seed and policy seed derived from
 * `baseSeed + i`, so a summary is reproducible.
 */
export function simulateScenario(
  scenario: TScenario,
  policy: TPolicy,
  runs: number,
  baseSeed = 1,
): TSimulationSummary {
  const endingIds = scenario.nodes.filter((n) => n.kind === 'ending').map((n) => n.id);
  const endingCounts = new Map(endingIds.map((id) => [id, 0]));
  const lengths: number[] = [];
  const meterRanges = Object.fromEntries(scenario.meters.map((m) => [m.id, { min: m.start, max: m.start }]));
  const taken = new Set<string>();
  let cutOffRuns = 0;

  for (let run = 0; run < runs; run++) {
    let policyRng = nextRandom((baseSeed + run) ^ 0x9e3779b9).rngState;
    const random = (): number => {
      const draw = nextRandom(policyRng);
      policyRng = draw.rngState;
      return draw.value;
    };
    let state: TRunState = startState(scenario, baseSeed + run);
    while (!state.ended) {
      const [first, ...rest] = availableChoices(state, scenario);
      if (!first) throw new Error(`dead end at node "${state.nodeId}" in "${scenario.slug}"`);
      const result = applyChoice(state, policy(state, [first, ...rest], scenario, random), scenario);
      if (!result.ok)
        throw new Error(`policy chose an invalid choice (${result.reason}) at "${state.nodeId}"`);
      state = result.state;
      for (const m of scenario.meters) {
        const range = meterRanges[m.id];
        const value = state.meters[m.id] ?? m.start;
        if (range) meterRanges[m.id] = { min: Math.min(range.min, value), max: Math.max(range.max, value) };
      }
    }
    for (const entry of state.log) taken.add(entry.outcomeId ?? entry.choiceId);
    endingCounts.set(state.nodeId, (endingCounts.get(state.nodeId) ?? 0) + 1);
    lengths.push(state.step);
    if (state.ended.reason === 'step-limit') cutOffRuns++;
  }

  lengths.sort((a, b) => a - b);
  return {
    runs,
    endings: Object.fromEntries(
      [...endingCounts].map(([id, count]) => [id, { count, share: round(count / Math.max(runs, 1)) }]),
    ),
    pathLength: {
      min: lengths[0] ?? 0,
      median: lengths[Math.floor(lengths.length / 2)] ?? 0,
      max: lengths[lengths.length - 1] ?? 0,
    },
    meterRanges,
    choicesNeverTaken: scenario.nodes.flatMap((n) =>
      n.kind === 'decision' ? n.choices.filter((c) => !taken.has(c.id)).map((c) => c.id) : [],
    ),
    outcomesNeverDrawn: scenario.nodes.flatMap((n) =>
      n.kind === 'event' ? n.outcomes.filter((o) => !taken.has(o.id)).map((o) => o.id) : [],
    ),
    cutOffRuns,
  };
}

function round(share: number): number {
  return Math.round(share * 10000) / 10000;
}
