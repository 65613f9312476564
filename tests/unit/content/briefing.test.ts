import { describe, expect, it } from 'vitest';
import { countBriefingWords, parseBriefing } from '@/lib/content/briefing';

describe('parseBriefing', () => {
  it('splits headings, paragraphs and lists into blocks of text, cite and term tokens', () => {
    const { blocks, issues } = parseBriefing(
      [
        '## The promise',
        '',
        'Leaders said Ukraine will join [@bucharest#para23; @article#p2], see',
        '[[article-5|the guarantee]] and [[consensus]].',
        '',
        '- first point [@article#p1]',
        '  continued',
        '1. numbered',
      ].join('\n'),
    );
    expect(issues).toEqual([]);
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, tokens: [{ kind: 'text', text: 'The promise' }], sourceLine: 1 },
      {
        kind: 'paragraph',
        sourceLine: 3,
        tokens: [
          { kind: 'text', text: 'Leaders said Ukraine will join ' },
          { kind: 'cite', refs: ['bucharest#para23', 'article#p2'] },
          { kind: 'text', text: ', see ' },
          { kind: 'term', termId: 'article-5', label: 'the guarantee' },
          { kind: 'text', text: ' and ' },
          { kind: 'term', termId: 'consensus' },
          { kind: 'text', text: '.' },
        ],
      },
      {
        kind: 'list',
        ordered: false,
        sourceLine: 6,
        items: [
          [
            { kind: 'text', text: 'first point ' },
            { kind: 'cite', refs: ['article#p1'] },
            { kind: 'text', text: ' continued' },
          ],
        ],
      },
      { kind: 'list', ordered: true, sourceLine: 8, items: [[{ kind: 'text', text: 'numbered' }]] },
    ]);
  });

  it('reports malformed citations and links with their line', () => {
    const { issues } = parseBriefing('Text [@article] and [[Not An Id]].\n\nOpen [@article#p1 without end');
    expect(issues).toEqual([
      { line: 1, message: 'citation "article" is not a source reference like "article#p3"' },
      { line: 1, message: 'glossary link "[[Not An Id]]" does not name a term id' },
      { line: 3, message: 'unclosed citation or glossary link (expected "[@...]" or "[[...]]")' },
    ]);
  });

  it('reports Markdown the reading page does not render', () => {
    const { issues } = parseBriefing('# Title\n\nSee [a link](https://example.org) and `code`.\n\n> quoted');
    expect(issues.map((i) => i.message)).toEqual([
      'use ## to #### headings; the page supplies the module title',
      'code spans are not supported',
      'Markdown links are not supported; cite with [@source#locator]',
      'code blocks, tables, block quotes and rules are not supported',
    ]);
  });

  it('counts the words a student reads, not citation markers', () => {
    const { blocks } = parseBriefing('Four words here now [@article#p1; article#p2] and [[article-5]].');
    expect(countBriefingWords(blocks, () => 'Article 5')).toBe(7);
  });
});
