/**
 * The report-a-problem words and limits the form needs, without zod: the form runs in the browser
 * on the quiz page, whose first-load JavaScript has a budget. The schemas are in report-rules.ts.
 */

export const REPORT_KINDS = ['QUESTION', 'BRIEFING', 'SCENARIO'] as const;
export type TReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_REASONS = ['WRONG', 'UNCLEAR', 'ONE_SIDED'] as const;
export type TReportReason = (typeof REPORT_REASONS)[number];

export const REASON_TEXT: Record<TReportReason, string> = {
  WRONG: 'This seems wrong',
  UNCLEAR: 'This is unclear',
  ONE_SIDED: 'This seems one-sided',
};

export const KIND_TEXT: Record<TReportKind, string> = {
  QUESTION: 'Question',
  BRIEFING: 'Briefing paragraph',
  SCENARIO: 'Scenario step',
};

export const MAX_COMMENT_LENGTH = 1000;
