import type { MarkdownIt, StateInline } from 'markdown-it';

/**
 * The briefing's two inline extensions, as markdown-it plugins. Each turns its markup into one
 * token whose `meta.body` is the text between the brackets, unparsed; `./briefing.ts` reads and
 * checks the body. Both run before markdown-it's link rule, which would otherwise read `[` first.
 *
 * - citations: `[@article#p3; north-atlantic-treaty#art5]` → token `briefing_cite`
 * - glossary links: `[[article-5]]`, `[[article-5|the guarantee]]` → token `briefing_term`
 */
export const CITE_TOKEN = 'briefing_cite';
export const TERM_TOKEN = 'briefing_term';

/** An inline rule for `open…close` with no `]` inside, emitting one token of `type`. */
function bracketRule(type: string, open: string, close: string) {
  return (state: StateInline, silent: boolean): boolean => {
    if (!state.src.startsWith(open, state.pos)) return false;
    const bodyStart = state.pos + open.length;
    const end = state.src.indexOf(close, bodyStart);
    if (end === -1 || end + close.length > state.posMax) return false;
    const body = state.src.slice(bodyStart, end);
    if (body.includes(']')) return false;
    if (!silent) state.push(type, '', 0).meta = { body };
    state.pos = end + close.length;
    return true;
  };
}

export function citationPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('link', CITE_TOKEN, bracketRule(CITE_TOKEN, '[@', ']'));
}

export function termLinkPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('link', TERM_TOKEN, bracketRule(TERM_TOKEN, '[[', ']]'));
}

/** The unparsed text between the brackets of a citation or glossary-link token. */
export function markupBody(meta: Record<string, unknown> | null): string {
  return typeof meta?.body === 'string' ? meta.body : '';
}
