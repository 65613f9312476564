import { describe, expect, it } from 'vitest';
import { parseBriefing } from '@/lib/content/briefing';
import { countBriefingWords } from '@/lib/content/briefing-blocks';

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
      // In reading order: the link comes before the code span on that line.
      'Markdown links are not supported; cite with [@source#locator]',
      'code spans are not supported',
      'code blocks, tables, block quotes and rules are not supported',
    ]);
  });

  it('keeps raw HTML as text (never markup) and reports it, with emphasis and indented code', () => {
    const { blocks, issues } = parseBriefing(
      'A <script>alert(1)</script> and *stressed* words [@article#p1]\n\n    indented code\n\n---\n',
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        sourceLine: 1,
        tokens: [
          { kind: 'text', text: 'A <script>alert(1)</script> and stressed words ' },
          { kind: 'cite', refs: ['article#p1'] },
        ],
      },
    ]);
    expect(issues).toEqual([
      { line: 1, message: 'emphasis markers (* or _) are not rendered; write plain text' },
      { line: 1, message: 'HTML is not supported' },
      { line: 3, message: 'code blocks, tables, block quotes and rules are not supported' },
      { line: 5, message: 'code blocks, tables, block quotes and rules are not supported' },
    ]);
  });

  it('reads CommonMark lists: a loose list stays one list, a nested item follows its parent', () => {
    const { blocks, issues } = parseBriefing('- one\n\n- two\n  - two and a half\n\n3) three');
    expect(issues).toEqual([]);
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: false,
        sourceLine: 1,
        items: [
          [{ kind: 'text', text: 'one' }],
          [{ kind: 'text', text: 'two' }],
          [{ kind: 'text', text: 'two and a half' }],
        ],
      },
      { kind: 'list', ordered: true, sourceLine: 6, items: [[{ kind: 'text', text: 'three' }]] },
    ]);
  });

  it('counts the words a student reads, not citation markers', () => {
    const { blocks } = parseBriefing('Four words here now [@article#p1; article#p2] and [[article-5]].');
    expect(countBriefingWords(blocks, () => 'Article 5')).toBe(7);
  });
});
