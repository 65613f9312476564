import { z } from 'zod';
import { countSentences } from './prose-rules';

/** Prose of a bounded number of sentences: short fields stay scannable for students. */
export function zSentences(min: number, max: number, what: string) {
  return z
    .string()
    .trim()
    .min(1, `${what} is empty`)
    .refine(
      (text) => {
        const n = countSentences(text);
        return n >= min && n <= max;
      },
      {
        message:
          min === max
            ? `${what} must be ${min === 1 ? 'one sentence' : `${min} sentences`}`
            : `${what} must be ${min}-${max} sentences`,
      },
    );
}
