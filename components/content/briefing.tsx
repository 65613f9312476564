import Link from 'next/link';
import type { TPublicBlock, TPublicInlineToken, TPublicModule } from '@/lib/content/public-module';
import { formatAsOf } from '@/lib/content/as-of';
import { briefingTargets } from '@/components/report/briefing-targets';
import { ReportProblem } from '@/components/report/report-problem';

/** Numbers citations in order of first appearance, for footnote markers. */
function numberCitations(blocks: TPublicBlock[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const visit = (tokens: TPublicInlineToken[]) => {
    for (const t of tokens)
      if (t.kind === 'cite')
        for (const ref of t.refs) if (!numbers.has(ref)) numbers.set(ref, numbers.size + 1);
  };
  for (const b of blocks) (b.kind === 'list' ? b.items : [b.tokens]).forEach(visit);
  return numbers;
}

function Inline({ tokens, numbers }: { tokens: TPublicInlineToken[]; numbers: Map<string, number> }) {
  return (
    <>
      {tokens.map((t, i) => {
        if (t.kind === 'text') return <span key={i}>{t.text}</span>;
        if (t.kind === 'term')
          return (
            <Link key={i} href={`/glossary#${t.termId}`} className="link" title="Open in the glossary">
              {t.label}
            </Link>
          );
        return (
          <sup key={i} className="ml-0.5">
            {t.refs.map((ref) => {
              const n = numbers.get(ref);
              return (
                <a
                  key={ref}
                  href={`#source-${n}`}
                  id={`cite-${n}-${i}`}
                  className="link px-0.5"
                  aria-label={`Source ${n}`}
                >
                  [{n}]
                </a>
              );
            })}
          </sup>
        );
      })}
    </>
  );
}

/** The briefing with numbered citations and a sources list showing each source and its date. */
export function Briefing({ module }: { module: TPublicModule }) {
  const numbers = numberCitations(module.briefing.blocks);
  return (
    <article className="prose-width space-y-4 text-lg">
      {module.briefing.blocks.map((b, i) => {
        if (b.kind === 'heading') {
          const H = b.level === 2 ? 'h2' : b.level === 3 ? 'h3' : 'h4';
          return (
            <H key={i} className="pt-2 text-xl font-semibold">
              <Inline tokens={b.tokens} numbers={numbers} />
            </H>
          );
        }
        if (b.kind === 'list') {
          const L = b.ordered ? 'ol' : 'ul';
          return (
            <L key={i} className={`${b.ordered ? 'list-decimal' : 'list-disc'} space-y-1 pl-6`}>
              {b.items.map((item, j) => (
                <li key={j}>
                  <Inline tokens={item} numbers={numbers} />
                </li>
              ))}
            </L>
          );
        }
        return (
          <p key={i}>
            <Inline tokens={b.tokens} numbers={numbers} />
          </p>
        );
      })}
      <section
        aria-labelledby="sources-heading"
        className="border-t border-[var(--color-line)] pt-4 text-base"
      >
        <h2 id="sources-heading" className="mb-2 text-xl font-semibold">
          Sources
        </h2>
        <ol className="space-y-2">
          {[...numbers.entries()].map(([ref, n]) => {
            const c = module.citations[ref];
            if (!c) return null;
            return (
              <li key={ref} id={`source-${n}`}>
                <span className="font-medium">[{n}]</span> {c.sourceTitle} ({formatAsOf(c.sourceDate)}),{' '}
                {c.locator}: {c.summary}
              </li>
            );
          })}
        </ol>
      </section>
      <ReportProblem
        kind="BRIEFING"
        targets={briefingTargets(module.id, module.briefing.blocks)}
        what="this briefing"
      />
    </article>
  );
}
