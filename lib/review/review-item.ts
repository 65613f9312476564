import { z } from 'zod';
import { ZStoredCard } from '@/lib/review/stored-card';

/** What a review card is about: a quiz question, or a glossary term. */
export const ZReviewItemRef = z.object({
  kind: z.enum(['question', 'term']),
  refId: z.string().min(1).max(100),
});

/** A review item as stored per student: the reference plus its scheduling state. */
export const ZReviewItem = ZReviewItemRef.extend({ card: ZStoredCard });

export type TReviewItemRef = z.infer<typeof ZReviewItemRef>;
export type TReviewItem = z.infer<typeof ZReviewItem>;
