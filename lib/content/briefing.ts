import { ZId, ZSourceRef } from './question-schema';
import { countWords } from './prose-rules';

/**
 * Briefings are a small, safe subset of Markdown: `##`-`####` headings, paragraphs and lists, with two
 * inline extensions — citations `[@article#p3; north-atlantic-treaty#art5]` and glossary links
 * `[[article-5]]` / `[[article-5|label]]`. Anything else (emphasis, links, HTML, code, tables) is
 * reported rather than rendered, so students never see stray Markdown symbols.
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

const INLINE_MARKUP = /\[@([^\]]*)\]|\[\[([^\]]*)\]\]/g;
const UNSUPPORTED_INLINE: ReadonlyArray<[RegExp, string]> = [
  [
    /\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u,
    'emphasis markers (* or _) are not rendered; write plain text',
  ],
  [/`/, 'code spans are not supported'],
  [/!?\[[^\]@[][^\]]*\]\([^)]*\)/, 'Markdown links are not supported; cite with [@source#locator]'],
  [/<\/?[a-z][^>]*>/i, 'HTML is not supported'],
];

export function tokenizeInline(text: string, line: number, issues: TBriefingIssue[]): TInlineToken[] {
  const tokens: TInlineToken[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE_MARKUP)) {
    pushText(tokens, text.slice(last, match.index), line, issues);
    last = match.index + match[0].length;
    if (match[1] !== undefined) tokens.push(parseCite(match[1], line, issues));
    else tokens.push(parseTermLink(match[2] ?? '', line, issues));
  }
  pushText(tokens, text.slice(last), line, issues);
  return tokens;
}

function pushText(tokens: TInlineToken[], text: string, line: number, issues: TBriefingIssue[]): void {
  if (text === '') return;
  if (text.includes('[@') || text.includes('[['))
    issues.push({ line, message: 'unclosed citation or glossary link (expected "[@...]" or "[[...]]")' });
  for (const [pattern, message] of UNSUPPORTED_INLINE) if (pattern.test(text)) issues.push({ line, message });
  tokens.push({ kind: 'text', text });
}

function parseCite(body: string, line: number, issues: TBriefingIssue[]): TInlineToken {
  const refs = body
    .split(';')
    .map((ref) => ref.trim().replace(/^@/, ''))
    .filter((ref) => ref !== '');
  if (refs.length === 0) issues.push({ line, message: 'empty citation "[@]"' });
  for (const ref of refs)
    if (!ZSourceRef.safeParse(ref).success)
      issues.push({ line, message: `citation "${ref}" is not a source reference like "article#p3"` });
  return { kind: 'cite', refs };
}

function parseTermLink(body: string, line: number, issues: TBriefingIssue[]): TInlineToken {
  const bar = body.indexOf('|');
  const termId = (bar === -1 ? body : body.slice(0, bar)).trim();
  const label = bar === -1 ? undefined : body.slice(bar + 1).trim();
  if (!ZId.safeParse(termId).success)
    issues.push({ line, message: `glossary link "[[${body}]]" does not name a term id` });
  if (label === '') issues.push({ line, message: `glossary link "[[${body}]]" has an empty label` });
  return label ? { kind: 'term', termId, label } : { kind: 'term', termId };
}

const HEADING = /^(#{1,6})\s+(.*)$/;
const LIST_ITEM = /^(?:([-*+])|(\d+)[.)])\s+(.*)$/;

/** Splits the Markdown into blocks line by line; blank lines end paragraphs and lists. */
export function parseBriefing(markdown: string): TParsedBriefing {
  const issues: TBriefingIssue[] = [];
  const blocks: TBriefingBlock[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: { start: number; text: string[] } | null = null;
  let list: { start: number; ordered: boolean; items: { line: number; text: string[] }[] } | null = null;

  const flush = () => {
    if (paragraph) {
      const text = paragraph.text.join(' ');
      blocks.push({
        kind: 'paragraph',
        tokens: tokenizeInline(text, paragraph.start, issues),
        sourceLine: paragraph.start,
      });
    }
    if (list) {
      const items = list.items.map((item) => tokenizeInline(item.text.join(' '), item.line, issues));
      blocks.push({ kind: 'list', ordered: list.ordered, items, sourceLine: list.start });
    }
    paragraph = null;
    list = null;
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '') return flush();
    if (/^(```|~~~|\|)/.test(text) || /^>/.test(text) || /^(-{3,}|\*{3,}|_{3,})$/.test(text)) {
      issues.push({ line, message: 'code blocks, tables, block quotes and rules are not supported' });
      return;
    }
    const heading = HEADING.exec(text);
    if (heading) {
      flush();
      const level = (heading[1] ?? '').length;
      if (level < 2 || level > 4)
        issues.push({ line, message: 'use ## to #### headings; the page supplies the module title' });
      const clamped = Math.min(Math.max(level, 2), 4) as 2 | 3 | 4;
      blocks.push({
        kind: 'heading',
        level: clamped,
        tokens: tokenizeInline(heading[2] ?? '', line, issues),
        sourceLine: line,
      });
      return;
    }
    const item = LIST_ITEM.exec(text);
    if (item) {
      const ordered = item[2] !== undefined;
      if (paragraph || (list && list.ordered !== ordered)) flush();
      list ??= { start: line, ordered, items: [] };
      list.items.push({ line, text: [item[3] ?? ''] });
      return;
    }
    // An indented line right after a list item continues that item.
    const lastItem = list?.items.at(-1);
    if (lastItem && /^\s/.test(raw)) {
      lastItem.text.push(text);
      return;
    }
    if (list) flush();
    paragraph ??= { start: line, text: [] };
    paragraph.text.push(text);
  });
  flush();
  return { blocks, issues };
}

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
