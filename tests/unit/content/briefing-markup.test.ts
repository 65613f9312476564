import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  CITE_TOKEN,
  TERM_TOKEN,
  citationPlugin,
  markupBody,
  termLinkPlugin,
} from '@/lib/content/briefing-markup';

const md = new MarkdownIt('commonmark', { html: false }).use(citationPlugin).use(termLinkPlugin);

/** The inline tokens of one line: type, and the body for our two tokens or the text otherwise. */
function inline(src: string): [string, string][] {
  const children = md.parseInline(src, {})[0]?.children ?? [];
  return children.map((t) => [
    t.type,
    t.type === CITE_TOKEN || t.type === TERM_TOKEN ? markupBody(t.meta) : t.content,
  ]);
}

describe('briefing markup plugins for markdown-it', () => {
  it('turns [@…] into one citation token with its body, before the link rule can read it', () => {
    expect(inline('Said [@bucharest#para23; @article#p2].')).toEqual([
      ['text', 'Said '],
      [CITE_TOKEN, 'bucharest#para23; @article#p2'],
      ['text', '.'],
    ]);
  });

  it('turns [[…]] into one glossary-link token, with or without a label', () => {
    expect(inline('[[article-5]] and [[consensus|the unanimity rule]]')).toEqual([
      [TERM_TOKEN, 'article-5'],
      ['text', ' and '],
      [TERM_TOKEN, 'consensus|the unanimity rule'],
    ]);
  });

  it('leaves unclosed markup as text, for the parser to report', () => {
    expect(inline('Open [@article#p1 and [[article-5')).toEqual([
      ['text', 'Open [@article#p1 and [[article-5'],
    ]);
  });

  it('does not mistake an ordinary link for a citation', () => {
    expect(inline('[a link](https://example.org)').map(([type]) => type)).toEqual([
      'link_open',
      'text',
      'link_close',
    ]);
  });
});
