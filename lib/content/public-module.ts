import { inlineTokensOf, type TBriefingBlock, type TInlineToken } from './briefing-blocks';
import { parseSourceRef, type TSourceKind } from './source-schema';
import type { TContent, TModule } from './types';

/** What the reading page shows of a module: no questions, citations resolved for display. */

export type TPublicCitation = {
  ref: string;
  sourceId: string;
  sourceTitle: string;
  sourceKind: TSourceKind;
  sourceDate: string;
  locator: string;
  /** Our own summary of what the cited part says. */
  summary: string;
};

export type TPublicTerm = { id: string; term: string; definition: string };

/** Term tokens always carry the text to show: the author's label or the glossary term. */
export type TPublicInlineToken =
  | { kind: 'text'; text: string }
  | { kind: 'cite'; refs: string[] }
  | { kind: 'term'; termId: string; label: string };

export type TPublicBlock =
  | { kind: 'heading'; level: 2 | 3 | 4; tokens: TPublicInlineToken[] }
  | { kind: 'paragraph'; tokens: TPublicInlineToken[] }
  | { kind: 'list'; ordered: boolean; items: TPublicInlineToken[][] };

export type TPublicModule = {
  id: string;
  order: number;
  title: string;
  summary: string;
  topic: string;
  objectives: string[];
  asOf: string;
  version: string;
  questionCount: number;
  briefing: { blocks: TPublicBlock[]; wordCount: number };
  /** Keyed by the ref as written in cite tokens, e.g. `article#p3`. */
  citations: Record<string, TPublicCitation>;
  /** Every glossary term the briefing links to. */
  terms: Record<string, TPublicTerm>;
};

type TLookups = Pick<TContent, 'sources' | 'glossary'>;

export function toPublicModule(module: TModule, content: TLookups): TPublicModule {
  const citations: Record<string, TPublicCitation> = {};
  const terms: Record<string, TPublicTerm> = {};
  for (const token of module.briefing.blocks.flatMap(inlineTokensOf)) {
    if (token.kind === 'cite') for (const ref of token.refs) citations[ref] ??= resolveCitation(ref, content);
    if (token.kind === 'term') terms[token.termId] ??= resolveTerm(token.termId, content);
  }
  const publicToken = (token: TInlineToken): TPublicInlineToken =>
    token.kind === 'term'
      ? {
          kind: 'term',
          termId: token.termId,
          label: token.label ?? terms[token.termId]?.term ?? token.termId,
        }
      : token.kind === 'cite'
        ? { kind: 'cite', refs: [...token.refs] }
        : { kind: 'text', text: token.text };
  const publicBlock = (block: TBriefingBlock): TPublicBlock =>
    block.kind === 'list'
      ? { kind: 'list', ordered: block.ordered, items: block.items.map((item) => item.map(publicToken)) }
      : block.kind === 'heading'
        ? { kind: 'heading', level: block.level, tokens: block.tokens.map(publicToken) }
        : { kind: 'paragraph', tokens: block.tokens.map(publicToken) };
  return {
    id: module.id,
    order: module.order,
    title: module.title,
    summary: module.summary,
    topic: module.topic,
    objectives: [...module.objectives],
    asOf: module.asOf,
    version: module.version,
    questionCount: module.questions.length,
    briefing: { blocks: module.briefing.blocks.map(publicBlock), wordCount: module.briefing.wordCount },
    citations,
    terms,
  };
}

/** Validated content always resolves; a missing entry means the caller passed unvalidated content. */
function resolveCitation(ref: string, content: TLookups): TPublicCitation {
  const { sourceId, locator } = parseSourceRef(ref);
  const source = content.sources[sourceId];
  const summary = source?.locators[locator];
  if (!source || summary === undefined)
    throw new Error(`citation "${ref}" does not resolve; validate content first`);
  return {
    ref,
    sourceId,
    sourceTitle: source.title,
    sourceKind: source.kind,
    sourceDate: source.date,
    locator,
    summary,
  };
}

function resolveTerm(termId: string, content: TLookups): TPublicTerm {
  const term = content.glossary[termId];
  if (!term) throw new Error(`glossary link "${termId}" does not resolve; validate content first`);
  return { id: term.id, term: term.term, definition: term.definition };
}
