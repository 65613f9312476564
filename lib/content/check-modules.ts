import { countBriefingWords, inlineTokensOf, type TBriefingBlock } from './briefing-blocks';
import type { TParsedModule, TParsedTree } from './parse-files';
import type { ReferenceIndex } from './reference-index';

export const BRIEFING_WORDS = { min: 300, max: 700 } as const;

/** Rules for module metadata and briefings. */
export function checkModules(parsed: TParsedTree, index: ReferenceIndex): void {
  const orders = new Map<number, string>();
  for (const parsedModule of parsed.modules) {
    const { meta, files } = parsedModule;
    if (meta && files.module) {
      const at = { file: files.module.path, item: files.slug };
      if (meta.id !== files.slug)
        index.report(at, `module id "${meta.id}" must match its folder name "${files.slug}"`);
      const clash = orders.get(meta.order);
      if (clash) index.report(at, `order ${meta.order} is also used by module "${clash}"`);
      else orders.set(meta.order, files.slug);
      index.checkTopic(meta.topic, at);
      index.checkAsOf(meta.asOf, meta.laterBackground, at);
    }
    checkBriefing(parsedModule, index);
  }
}

function checkBriefing(parsedModule: TParsedModule, index: ReferenceIndex): void {
  const { briefing, files } = parsedModule;
  if (!briefing || !files.briefing) return;
  const file = files.briefing.path;
  const words = countBriefingWords(briefing.blocks, (id) => index.glossary.get(id) ?? id);
  if (words < BRIEFING_WORDS.min || words > BRIEFING_WORDS.max)
    index.report(
      { file, item: files.slug },
      `briefing has ${words} words; write ${BRIEFING_WORDS.min}-${BRIEFING_WORDS.max}`,
    );
  briefing.blocks.forEach((block, i) => {
    const at = { file, item: `line ${block.sourceLine}` };
    const tokens = inlineTokensOf(block);
    for (const token of tokens) {
      if (token.kind === 'cite') for (const ref of token.refs) index.checkSourceRef(ref, at);
      if (token.kind === 'term') index.checkTerm(token.termId, at, `glossary link [[${token.termId}]]`);
    }
    if (needsCitation(block, briefing.blocks[i + 1]) && !tokens.some((t) => t.kind === 'cite'))
      index.report(at, `this ${block.kind} makes claims without a citation; add [@source#locator]`);
  });
}

/**
 * Prose blocks carry claims, so each cites at least once. Headings only label what follows, and a
 * paragraph ending in a colon introduces the list after it, whose items carry the citations.
 */
function needsCitation(block: TBriefingBlock, next: TBriefingBlock | undefined): boolean {
  if (block.kind === 'heading') return false;
  if (block.kind === 'paragraph' && next?.kind === 'list') {
    const last = block.tokens.at(-1);
    return !(last?.kind === 'text' && last.text.trimEnd().endsWith(':'));
  }
  return true;
}
