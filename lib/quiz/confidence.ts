import { z } from 'zod';

/**
 * How sure the student said they were when committing an answer; null when the quiz did not ask.
 * Mastery weighs confident misses more, and review turns an unsure right answer into "hard".
 */
export const ZConfidence = z.enum(['sure', 'not-sure']).nullable();
export type TConfidence = z.infer<typeof ZConfidence>;
