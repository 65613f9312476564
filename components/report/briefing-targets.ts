import type { TPublicBlock, TPublicInlineToken } from '@/lib/content/public-module';

const LABEL_WORDS = 8;

function plain(tokens: readonly TPublicInlineToken[]): string {
  return tokens.map((t) => (t.kind === 'text' ? t.text : t.kind === 'term' ? t.label : '')).join('');
}

/**
 * The reportable parts of a briefing: paragraphs and lists, numbered from 1 in reading order (the
 * numbering lib/reports/report-items.ts resolves), each labelled with its opening words.
 */
export function briefingTargets(moduleId: string, blocks: readonly TPublicBlock[]) {
  return blocks
    .filter((b) => b.kind !== 'heading')
    .map((block, i) => {
      const text = block.kind === 'list' ? block.items.map(plain).join(' ') : plain(block.tokens);
      const words = text.trim().split(/\s+/);
      const opening = words.slice(0, LABEL_WORDS).join(' ') + (words.length > LABEL_WORDS ? '…' : '');
      return { ref: `${moduleId}#${i + 1}`, label: `Paragraph ${i + 1}: ${opening}` };
    });
}
