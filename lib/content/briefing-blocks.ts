import { countWords } from './prose-rules';

/**
 * What a parsed briefing is: headings, paragraphs and lists of inline tokens (text, citations,
 * glossary links). Plain data, so the reading page, the checks and the reports use it without the
 * Markdown parser (which stays on the server: `./briefing.ts`).
 */

export type TInlineToken =
  | { kind: 'text'; text: string }
  | { kind: 'cite'; refs: string[] }
  | { kind: 'term'; termId: string; label?: string };

export type TBriefingBlock =
  | { kind: 'heading'; level: 2 | 3 | 4; tokens: TInlineToken[]; sourceLine: number }
  | { kind: 'paragraph'; tokens: TInlineToken[]; sourceLine: number }
  | { kind: 'list'; ordered: boolean; items: TInlineToken[][]; sourceLine: number };

export type TBriefingIssue = { line: number; message: string };

export type TParsedBriefing = { blocks: TBriefingBlock[]; issues: TBriefingIssue[] };

/** Every inline token of the briefing in reading order, e.g. to collect all citations. */
export function inlineTokensOf(block: TBriefingBlock): TInlineToken[] {
  return block.kind === 'list' ? block.items.flat() : block.tokens;
}

/** Words a student reads: text and glossary labels, never citation markers. */
export function countBriefingWords(blocks: TBriefingBlock[], termLabel: (termId: string) => string): number {
  let words = 0;
  for (const block of blocks)
    for (const token of inlineTokensOf(block)) {
      if (token.kind === 'text') words += countWords(token.text);
      if (token.kind === 'term') words += countWords(token.label ?? termLabel(token.termId));
    }
  return words;
}
