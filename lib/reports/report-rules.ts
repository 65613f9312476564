import { z } from 'zod';
import { ZId } from '@/lib/content/question-schema';
import { KIND_TEXT, MAX_COMMENT_LENGTH, REPORT_KINDS, REPORT_REASONS, type TReportKind } from './report-text';

/**
 * The report-a-problem rules, shared by the route handler, the data layer and the form. A reader
 * says one question, briefing paragraph or scenario node "seems wrong / unclear / one-sided" and
 * adds a comment; teachers see the reports next to the item and its sources.
 */

export {
  KIND_TEXT,
  MAX_COMMENT_LENGTH,
  REASON_TEXT,
  REPORT_KINDS,
  REPORT_REASONS,
  type TReportKind,
  type TReportReason,
} from './report-text';

/** Items one account may report (or change its report on) per hour: plenty for a careful reader, too few to flood the list. */
export const REPORTS_PER_HOUR = 20;

/** "<module or scenario slug>#<paragraph number or node id>". */
const ZScopedRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, 'looks like "<slug>#<part>"');

const REF_FORMAT: Record<TReportKind, z.ZodType<string>> = {
  QUESTION: ZId.max(80),
  BRIEFING: ZScopedRef.max(120),
  SCENARIO: ZScopedRef.max(160),
};

export const ZReportBody = z
  .strictObject({
    kind: z.enum(REPORT_KINDS, { message: 'kind is QUESTION, BRIEFING or SCENARIO' }),
    ref: z.string().max(160),
    reason: z.enum(REPORT_REASONS, { message: 'choose wrong, unclear or one-sided' }),
    comment: z
      .string()
      .trim()
      .min(3, 'say in a few words what the problem is')
      .max(MAX_COMMENT_LENGTH, `keep the comment under ${MAX_COMMENT_LENGTH} characters`),
  })
  .superRefine((body, ctx) => {
    if (!REF_FORMAT[body.kind].safeParse(body.ref).success)
      ctx.addIssue({
        code: 'custom',
        path: ['ref'],
        message: `not a ${KIND_TEXT[body.kind].toLowerCase()} reference`,
      });
  });

export type TReportBody = z.infer<typeof ZReportBody>;

/** Splits "<slug>#<part>"; the string must already match the scoped form. */
export function splitScopedRef(ref: string): { slug: string; part: string } {
  const hash = ref.indexOf('#');
  return { slug: ref.slice(0, hash), part: ref.slice(hash + 1) };
}
