import { z } from 'zod';

/**
 * Review in small steps: at most this many never-reviewed items are introduced in any 24 hours.
 * Items already in review are always shown when due (holding them back would undo the spacing).
 * A rolling 24 hours rather than a calendar day, so the cap needs no time zone.
 */
export const NEW_REVIEW_ITEMS_PER_DAY = 10;
const DAY_MS = 86_400_000;

/**
 * The moment an item was first reviewed rides along in the card's JSON text. It is read on its own
 * (the FSRS card schema drops keys it does not know) so the scheduler's shape stays ts-fsrs's.
 */
const ZFirstReview = z.object({
  state: z.string().optional(),
  first_review: z.iso.datetime().optional(),
});

function readCard(text: string): z.infer<typeof ZFirstReview> {
  try {
    const parsed = ZFirstReview.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Never reviewed yet (a card the FSRS scheduler calls New). */
export function isNewCard(cardText: string): boolean {
  return readCard(cardText).state === 'New';
}

/** The stored first-review moment of a card, kept across reviews; set now when this is its first. */
export function firstReviewFor(previousCardText: string, now: Date): string | undefined {
  const previous = readCard(previousCardText);
  return previous.state === 'New' ? now.toISOString() : previous.first_review;
}

/** How many items were introduced (first reviewed) in the 24 hours before `now`. */
export function introducedInLastDay(cardTexts: readonly string[], now: Date): number {
  const since = now.getTime() - DAY_MS;
  return cardTexts.filter((text) => {
    const at = readCard(text).first_review;
    return at !== undefined && Date.parse(at) > since && Date.parse(at) <= now.getTime();
  }).length;
}

/**
 * Today's queue from the due items (soonest first): every item already in review, and new items
 * only while the day's allowance lasts.
 */
export function capNewItems<T extends { card: string }>(
  due: readonly T[],
  introducedToday: number,
  cap = NEW_REVIEW_ITEMS_PER_DAY,
): T[] {
  let allowance = Math.max(0, cap - introducedToday);
  return due.filter((item) => {
    if (!isNewCard(item.card)) return true;
    if (allowance === 0) return false;
    allowance -= 1;
    return true;
  });
}
