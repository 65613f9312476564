import { MASTERY_LEVELS, type TMasteryLevel } from '@/lib/mastery/mastery-rule';
import type { TTopicMastery } from '@/lib/mastery/topic-mastery';

export type TNextAction = 'read-briefing' | 'take-quiz' | 'review';
export type TNextStep = { topic: string; action: TNextAction };

/**
 * What fits a topic at each level: read first when the student has not started or is mostly
 * wrong; retake the quiz once the basics are there; once proficient, only spaced review on
 * another day can show the knowledge lasts (mastery needs two days).
 */
const ACTION_FOR: Readonly<Record<Exclude<TMasteryLevel, 'mastered'>, TNextAction>> = {
  'not-started': 'read-briefing',
  attempted: 'read-briefing',
  familiar: 'take-quiz',
  proficient: 'review',
};

/**
 * Suggests one next step: the weakest topic — lowest level, then lowest weighted score, then
 * earliest in the given order (pass topics in teaching order). Null when every topic is mastered.
 */
export function nextStepFor(levels: readonly TTopicMastery[]): TNextStep | null {
  let weakest: TTopicMastery | null = null;
  for (const t of levels) {
    if (t.level === 'mastered') continue;
    if (weakest === null || isWeaker(t, weakest)) weakest = t;
  }
  if (weakest === null || weakest.level === 'mastered') return null;
  return { topic: weakest.topic, action: ACTION_FOR[weakest.level] };
}

function isWeaker(a: TTopicMastery, b: TTopicMastery): boolean {
  const rank = MASTERY_LEVELS.indexOf(a.level) - MASTERY_LEVELS.indexOf(b.level);
  return rank < 0 || (rank === 0 && a.weightedScore < b.weightedScore);
}
