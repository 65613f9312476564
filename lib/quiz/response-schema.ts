import { z } from 'zod';

/**
 * What a student sends when committing an answer, one shape per question type.
 *
 * This schema checks shape and size only, so a hostile or buggy client cannot make the server
 * work hard; whether the ids exist in the question, repeat, or leave something out is the
 * grader's job (`gradeResponse`), which reports those cases with specific error codes. Empty
 * answers pass here on purpose: "nothing chosen" is a state the grader names (`empty`), not
 * garbage.
 */

/** Generous next to real ids (short kebab-case); only there to bound the payload. */
export const MAX_RESPONSE_ID_LENGTH = 100;
/** Multiple-select questions have at most 8 options (question schema). */
export const MAX_SELECTED_OPTIONS = 8;
/** Ordering items and matching pairs: the question schema has no upper bound, so leave room. */
export const MAX_ORDERED_ITEMS = 50;
export const MAX_MATCHES = 50;
/** Numeric answers in this subject are years, counts and percentages; anything bigger is junk. */
export const MAX_NUMERIC_MAGNITUDE = 1e12;

const ZResponseId = z.string().max(MAX_RESPONSE_ID_LENGTH);

export const ZSingleResponse = z.strictObject({
  type: z.literal('single'),
  optionId: ZResponseId,
});

export const ZMultiResponse = z.strictObject({
  type: z.literal('multi'),
  optionIds: z.array(ZResponseId).max(MAX_SELECTED_OPTIONS),
});

export const ZTrueFalseResponse = z.strictObject({
  type: z.literal('true-false'),
  value: z.boolean(),
});

export const ZOrderingResponse = z.strictObject({
  type: z.literal('ordering'),
  /** Item ids in the order the student put them, first to last. */
  itemIds: z.array(ZResponseId).max(MAX_ORDERED_ITEMS),
});

export const ZMatchingResponse = z.strictObject({
  type: z.literal('matching'),
  /** Left id → right id the student paired it with. */
  matches: z
    .record(ZResponseId, ZResponseId)
    .refine((m) => Object.keys(m).length <= MAX_MATCHES, `at most ${MAX_MATCHES} matches`),
});

export const ZNumericResponse = z.strictObject({
  type: z.literal('numeric'),
  // zod 4 numbers already reject NaN and ±Infinity; the bound keeps arithmetic well away from overflow.
  value: z.number().min(-MAX_NUMERIC_MAGNITUDE).max(MAX_NUMERIC_MAGNITUDE),
});

export const ZResponse = z.discriminatedUnion('type', [
  ZSingleResponse,
  ZMultiResponse,
  ZTrueFalseResponse,
  ZOrderingResponse,
  ZMatchingResponse,
  ZNumericResponse,
]);

export type TResponse = z.infer<typeof ZResponse>;
export type TSingleResponse = z.infer<typeof ZSingleResponse>;
export type TMultiResponse = z.infer<typeof ZMultiResponse>;
export type TTrueFalseResponse = z.infer<typeof ZTrueFalseResponse>;
export type TOrderingResponse = z.infer<typeof ZOrderingResponse>;
export type TMatchingResponse = z.infer<typeof ZMatchingResponse>;
export type TNumericResponse = z.infer<typeof ZNumericResponse>;
