import { createEmptyCard, fsrs, generatorParameters, Rating, type Grade } from 'ts-fsrs';
import { fromStoredCard, toStoredCard, type TStoredCard } from '@/lib/review/stored-card';

/**
 * Spaced review of questions and terms with FSRS (ts-fsrs 5). Every parameter is spelled out so
 * a library upgrade cannot silently change anyone's schedule.
 */
export const REVIEW_PARAMETERS = Object.freeze(
  generatorParameters({
    request_retention: 0.9,
    // A school course runs a year at most; scheduling further out is never useful to a class.
    // (ts-fsrs may add a day or two on top to keep hard < good < easy intervals apart.)
    maximum_interval: 365,
    // Fuzz spreads long intervals randomly; off, so the same history always gives the same schedule
    // (reproducible tests, and two replicas agree).
    enable_fuzz: false,
    enable_short_term: true,
    // A miss comes back within the same sitting: after 1 minute, then 10.
    learning_steps: ['1m', '10m'],
    relearning_steps: ['10m'],
  }),
);

const scheduler = fsrs(REVIEW_PARAMETERS);

export type TReviewRating = 'again' | 'hard' | 'good' | 'easy';

const GRADE_FOR: Readonly<Record<TReviewRating, Grade>> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** A card never reviewed, due at once. */
export function newReviewCard(now: Date): TStoredCard {
  return toStoredCard(createEmptyCard(validTime(now)));
}

/**
 * The card after a review at `now`. A `now` slightly before the last review (clock skew between
 * app servers) is treated as the same instant instead of failing the student's submission.
 * Throws only on an invalid date, which would otherwise be stored as NaN.
 */
export function scheduleReview(card: TStoredCard, rating: TReviewRating, now: Date): TStoredCard {
  const reviewedAt = new Date(
    Math.max(validTime(now).getTime(), card.last_review ? Date.parse(card.last_review) : 0),
  );
  return toStoredCard(scheduler.next(fromStoredCard(card), reviewedAt, GRADE_FOR[rating]).card);
}

function validTime(now: Date): Date {
  if (Number.isNaN(now.getTime())) throw new RangeError('review time is not a valid date');
  return now;
}
