import MarkdownIt, { type Token } from 'markdown-it';
import { ZId, ZSourceRef } from './question-schema';
import { CITE_TOKEN, TERM_TOKEN, citationPlugin, markupBody, termLinkPlugin } from './briefing-markup';
import type { TBriefingBlock, TBriefingIssue, TInlineToken, TParsedBriefing } from './briefing-blocks';

/**
 * Briefings are CommonMark (markdown-it, raw HTML off) restricted to a small, safe subset: `##`-`####`
 * headings, paragraphs and lists, with two inline extensions — citations `[@article#p3;
 * north-atlantic-treaty#art5]` and glossary links `[[article-5]]` / `[[article-5|label]]`
 * (`./briefing-markup.ts`). Anything else (emphasis, links, HTML, code, tables, quotes) is reported
 * rather than rendered, so students never see stray Markdown symbols. Server-only in practice: the
 * content loader calls it; pages get the resulting blocks (`./briefing-blocks.ts`).
 */

const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false })
  .use(citationPlugin)
  .use(termLinkPlugin);

const BLOCKS_NOT_SUPPORTED = 'code blocks, tables, block quotes and rules are not supported';
const EMPHASIS = 'emphasis markers (* or _) are not rendered; write plain text';
const CODE = 'code spans are not supported';
const LINK = 'Markdown links are not supported; cite with [@source#locator]';
const HTML = 'HTML is not supported';

/** Markup left in plain text (markdown-it keeps what it cannot pair, and raw HTML, as text). */
const UNSUPPORTED_TEXT: ReadonlyArray<[RegExp, string]> = [
  [/\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u, EMPHASIS],
  [/`/, CODE],
  [/<\/?[a-z][^>]*>/i, HTML],
];

/** Inline tokens markdown-it parses that a briefing may not use, and what to say about them. */
const UNSUPPORTED_INLINE: Record<string, string> = {
  em_open: EMPHASIS,
  strong_open: EMPHASIS,
  code_inline: CODE,
  link_open: LINK,
  image: LINK,
  html_inline: HTML,
};

function citeToken(body: string, line: number, issues: TBriefingIssue[]): TInlineToken {
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

function termToken(body: string, line: number, issues: TBriefingIssue[]): TInlineToken {
  const bar = body.indexOf('|');
  const termId = (bar === -1 ? body : body.slice(0, bar)).trim();
  const label = bar === -1 ? undefined : body.slice(bar + 1).trim();
  if (!ZId.safeParse(termId).success)
    issues.push({ line, message: `glossary link "[[${body}]]" does not name a term id` });
  if (label === '') issues.push({ line, message: `glossary link "[[${body}]]" has an empty label` });
  return label ? { kind: 'term', termId, label } : { kind: 'term', termId };
}

/** A text run is checked once whole, as the reader will see it. */
function closeText(out: TInlineToken[], text: string, line: number, issues: TBriefingIssue[]): void {
  if (text === '') return;
  if (text.includes('[@') || text.includes('[['))
    issues.push({ line, message: 'unclosed citation or glossary link (expected "[@...]" or "[[...]]")' });
  for (const [pattern, message] of UNSUPPORTED_TEXT) if (pattern.test(text)) issues.push({ line, message });
  out.push({ kind: 'text', text });
}

/** markdown-it's inline children → text, cite and term tokens; line breaks become spaces. */
function inlineTokens(children: readonly Token[], line: number, issues: TBriefingIssue[]): TInlineToken[] {
  const out: TInlineToken[] = [];
  let text = '';
  for (const child of children) {
    const refused = UNSUPPORTED_INLINE[child.type];
    if (refused) issues.push({ line, message: refused });
    if (child.type === CITE_TOKEN || child.type === TERM_TOKEN) {
      closeText(out, text, line, issues);
      text = '';
      const body = markupBody(child.meta);
      out.push(child.type === CITE_TOKEN ? citeToken(body, line, issues) : termToken(body, line, issues));
    } else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'text' || child.type === 'code_inline') text += child.content;
  }
  closeText(out, text.trimEnd(), line, issues);
  return out;
}

const lineOf = (token: Token) => (token.map?.[0] ?? 0) + 1;

/** The index of the token that closes the one at `start` (same level, nesting -1). */
function closing(tokens: readonly Token[], start: number): number {
  const level = tokens[start]?.level;
  let i = start + 1;
  while (i < tokens.length && !(tokens[i]?.nesting === -1 && tokens[i]?.level === level)) i++;
  return i;
}

/** A list's items, each the inline text of its paragraphs; nested lists' items follow as items. */
function listItems(tokens: readonly Token[], from: number, to: number, issues: TBriefingIssue[]) {
  const items: TInlineToken[][] = [];
  let itemLine = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'list_item_open') {
      itemLine = lineOf(token);
      items.push([]);
    } else if (token.type === 'inline') {
      const item = items.at(-1);
      const inline = inlineTokens(token.children ?? [], itemLine, issues);
      if (item && item.length > 0 && inline.length > 0) item.push({ kind: 'text', text: ' ' });
      item?.push(...inline);
    }
  }
  return items;
}

/** Parses a briefing into blocks, reporting every construct the reading page does not render. */
export function parseBriefing(markdown: string): TParsedBriefing {
  const issues: TBriefingIssue[] = [];
  const blocks: TBriefingBlock[] = [];
  const tokens = md.parse(markdown, {});
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const line = lineOf(token);
    const end = token.nesting === 1 ? closing(tokens, i) : i;
    const inline = () => inlineTokens(tokens[i + 1]?.children ?? [], line, issues);
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      if (!token.markup.startsWith('#')) issues.push({ line, message: BLOCKS_NOT_SUPPORTED });
      else if (level < 2 || level > 4)
        issues.push({ line, message: 'use ## to #### headings; the page supplies the module title' });
      const clamped = Math.min(Math.max(level, 2), 4) as 2 | 3 | 4;
      blocks.push({ kind: 'heading', level: clamped, tokens: inline(), sourceLine: line });
    } else if (token.type === 'paragraph_open') {
      blocks.push({ kind: 'paragraph', tokens: inline(), sourceLine: line });
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      const items = listItems(tokens, i + 1, end, issues);
      blocks.push({ kind: 'list', ordered: token.type === 'ordered_list_open', items, sourceLine: line });
    } else issues.push({ line, message: BLOCKS_NOT_SUPPORTED });
    i = end;
  }
  return { blocks, issues };
}
