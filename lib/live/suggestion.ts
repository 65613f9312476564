/**
 * What the presenter suggests after a vote, from the share of the class that answered correctly
 * (the thresholds peer instruction uses): too few right → reteach; a split class → discuss with a
 * neighbour and vote again; most right → explain briefly and move on.
 */
export type TNextMove = 'reteach' | 'discuss' | 'move-on';

export const RETEACH_BELOW = 0.35;
export const MOVE_ON_ABOVE = 0.7;

export function suggestNextMove(shareCorrect: number): TNextMove {
  if (shareCorrect < RETEACH_BELOW) return 'reteach';
  if (shareCorrect > MOVE_ON_ABOVE) return 'move-on';
  return 'discuss';
}

export const NEXT_MOVE_TEXT: Record<TNextMove, string> = {
  reteach: 'Fewer than about a third are right: reteach the idea before voting again.',
  discuss: 'The class is split: ask students to convince a neighbour, then vote again.',
  'move-on': 'Most are right: explain the answer briefly and move on.',
};
