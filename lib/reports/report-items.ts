import { loadContent } from '@/lib/content/load';
import type { TInlineToken } from '@/lib/content/briefing-blocks';
import type { TContent } from '@/lib/content/types';
import { loadScenarios } from '@/lib/scenario';
import { splitScopedRef, type TReportKind } from './report-rules';

/**
 * What a report points at, resolved against the shipped content: a title, the text as it stands and
 * the sources it cites. An unknown item resolves to undefined, so nobody can file reports about
 * things that do not exist (or use the table as free storage).
 */

export type TReportSource = { ref: string; title: string; date: string; summary: string };

export type TReportItem = {
  kind: TReportKind;
  ref: string;
  /** Where it lives, e.g. the module or scenario title. */
  context: string;
  /** The item's text as it now stands (trimmed for display and storage). */
  text: string;
  sources: TReportSource[];
};

const EXCERPT_LENGTH = 600;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1)}…`;
}

function sourceViews(content: TContent, refs: readonly string[]): TReportSource[] {
  return [...new Set(refs)].flatMap((ref) => {
    const [id = '', locator = ''] = ref.split('#');
    const source = content.sources[id];
    if (!source) return [];
    return [{ ref, title: source.title, date: source.date, summary: source.locators[locator] ?? '' }];
  });
}

function tokensText(tokens: readonly TInlineToken[], content: TContent): string {
  return tokens
    .map((t) =>
      t.kind === 'text'
        ? t.text
        : t.kind === 'term'
          ? (t.label ?? content.glossary[t.termId]?.term ?? '')
          : '',
    )
    .join('');
}

/** Briefing paragraphs and lists, numbered from 1 in reading order; headings are not reportable. */
export function briefingParagraphs(content: TContent, moduleSlug: string) {
  const mod = content.modules.find((m) => m.id === moduleSlug);
  if (!mod) return [];
  return mod.briefing.blocks
    .filter((b) => b.kind !== 'heading')
    .map((block, i) => {
      const tokens = block.kind === 'list' ? block.items.flat() : block.tokens;
      const lines = block.kind === 'list' ? block.items.map((item) => tokensText(item, content)) : [];
      return {
        number: i + 1,
        text: block.kind === 'list' ? lines.join(' ') : tokensText(tokens, content),
        cites: tokens.flatMap((t) => (t.kind === 'cite' ? t.refs : [])),
      };
    });
}

export function resolveReportItem(kind: TReportKind, ref: string): TReportItem | undefined {
  const content = loadContent();
  if (kind === 'QUESTION') {
    for (const mod of content.modules) {
      const q = mod.questions.find((x) => x.id === ref);
      if (q)
        return {
          kind,
          ref,
          context: mod.title,
          text: excerpt(q.prompt),
          sources: sourceViews(content, q.sources),
        };
    }
    return undefined;
  }
  const { slug, part } = splitScopedRef(ref);
  if (kind === 'BRIEFING') {
    const mod = content.modules.find((m) => m.id === slug);
    const paragraph = briefingParagraphs(content, slug).find((p) => String(p.number) === part);
    if (!mod || !paragraph) return undefined;
    return {
      kind,
      ref,
      context: `${mod.title}, briefing paragraph ${paragraph.number}`,
      text: excerpt(paragraph.text),
      sources: sourceViews(content, paragraph.cites),
    };
  }
  const scenario = loadScenarios().get(slug)?.scenario;
  const node = scenario?.nodes.find((n) => n.id === part);
  if (!scenario || !node) return undefined;
  return {
    kind,
    ref,
    context: `${scenario.title}: ${node.title}`,
    text: excerpt(node.text),
    sources: sourceViews(content, node.sources),
  };
}
