import { applyChoice, type TAvailableChoice } from './engine';
import type { TScenario } from './schema';
import type { TRunState } from './state';

/** A player strategy for simulation: picks one of the available choices. */
export type TPolicy = (
  state: TRunState,
  choices: readonly [TAvailableChoice, ...TAvailableChoice[]],
  scenario: TScenario,
  random: () => number,
) => string;

/** Picks uniformly among the available choices: the baseline used to balance endings. */
export const randomPolicy: TPolicy = (_state, choices, _scenario, random) =>
  (choices[Math.floor(random() * choices.length)] ?? choices[0]).id;

/**
 * How good a state looks from the player's side: the mean over meters of the value's position in
 * its range, flipped for meters where low is good (escalation risk). 0 is worst, 1 is best.
 */
export function goodnessScore(state: TRunState, scenario: TScenario): number {
  const total = scenario.meters.reduce((sum, m) => {
    const position = ((state.meters[m.id] ?? m.start) - m.min) / (m.max - m.min);
    return sum + (m.good === 'high' ? position : 1 - position);
  }, 0);
  return total / scenario.meters.length;
}

/**
 * One-step lookahead on `goodnessScore`; ties go to the earlier choice in the file. It models a
 * player who chases the meters, which is how a student who treats the game as a score would play.
 */
export const greedyPolicy: TPolicy = (state, choices, scenario) => {
  let best = choices[0];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const choice of choices) {
    const result = applyChoice(state, choice.id, scenario);
    const score = result.ok ? goodnessScore(result.state, scenario) : Number.NEGATIVE_INFINITY;
    if (score > bestScore) {
      best = choice;
      bestScore = score;
    }
  }
  return best.id;
};
