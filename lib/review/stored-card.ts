import { State, type Card } from 'ts-fsrs';
import { z } from 'zod';

/**
 * ts-fsrs 5's `Card` as plain JSON for a database column: dates as ISO-8601 UTC strings, the
 * state by name (readable in a query, and immune to enum renumbering). Field names stay as
 * ts-fsrs spells them so the mapping is one-to-one.
 */

const STATE_NAMES = ['New', 'Learning', 'Review', 'Relearning'] as const;
type TStateName = (typeof STATE_NAMES)[number];

const STATE_BY_NAME: Readonly<Record<TStateName, State>> = {
  New: State.New,
  Learning: State.Learning,
  Review: State.Review,
  Relearning: State.Relearning,
};

const ZCount = z.number().int().nonnegative();

/** Unknown keys are dropped rather than rejected, so rows written by a later ts-fsrs still load. */
export const ZStoredCard = z.object({
  due: z.iso.datetime(),
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  /** Deprecated in ts-fsrs 5 (removed in 6) but still part of its Card. */
  elapsed_days: ZCount,
  scheduled_days: ZCount,
  learning_steps: ZCount,
  reps: ZCount,
  lapses: ZCount,
  state: z.enum(STATE_NAMES),
  last_review: z.iso.datetime().nullable(),
});

export type TStoredCard = z.infer<typeof ZStoredCard>;

export function toStoredCard(card: Card): TStoredCard {
  const state = STATE_NAMES.find((name) => STATE_BY_NAME[name] === card.state);
  if (!state) throw new RangeError(`unknown FSRS state ${card.state}`);
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state,
    last_review: card.last_review ? card.last_review.toISOString() : null,
  };
}

export function fromStoredCard(stored: TStoredCard): Card {
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsed_days,
    scheduled_days: stored.scheduled_days,
    learning_steps: stored.learning_steps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: STATE_BY_NAME[stored.state],
    ...(stored.last_review === null ? {} : { last_review: new Date(stored.last_review) }),
  };
}
