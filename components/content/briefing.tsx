import Link from 'next/link';
import type { TPublicBlock, TPublicInlineToken, TPublicModule } from '@/lib/content/public-module';
import { formatAsOf } from '@/lib/content/as-of';
import { briefingTargets } from '@/components/report/briefing-targets';
import { ReportProblem } from '@/components/report/report-problem';

/** A citation marker's id, unique in the page: the source's number and where the marker sits. */
const citeId = (n: number | undefined, where: string, token: number) => `cite-${n}-${where}-${token}`;

/** The tokens of each block with where they sit: `3` for a paragraph, `4-2` for a list's third item. */
function placedTokens(blocks: TPublicBlock[]): [string, TPublicInlineToken[]][] {
  return blocks.flatMap((b, i): [string, TPublicInlineToken[]][] =>
    b.kind === 'list' ? b.items.map((item, j) => [`${i}-${j}`, item]) : [[String(i), b.tokens]],
  );
}

/**
 * Numbers citations in order of first appearance, for footnote markers, and notes the id of each
 * source's first marker, so the sources list can link back to the text.
 */
function numberCitations(blocks: TPublicBlock[]): {
  numbers: Map<string, number>;
  firstIds: Map<number, string>;
} {
  const numbers = new Map<string, number>();
  const firstIds = new Map<number, string>();
  for (const [where, tokens] of placedTokens(blocks))
    tokens.forEach((t, i) => {
      if (t.kind !== 'cite') return;
      for (const ref of t.refs) {
        if (!numbers.has(ref)) numbers.set(ref, numbers.size + 1);
        const n = numbers.get(ref) as number;
        if (!firstIds.has(n)) firstIds.set(n, citeId(n, where, i));
      }
    });
  return { numbers, firstIds };
}

function Inline({
  tokens,
  numbers,
  where,
}: {
  tokens: TPublicInlineToken[];
  numbers: Map<string, number>;
  where: string;
}) {
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
                  id={citeId(n, where, i)}
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
  const { numbers, firstIds } = numberCitations(module.briefing.blocks);
  return (
    <article className="prose-width space-y-4 text-lg">
      {module.briefing.blocks.map((b, i) => {
        if (b.kind === 'heading') {
          const H = b.level === 2 ? 'h2' : b.level === 3 ? 'h3' : 'h4';
          return (
            <H key={i} className="pt-2 text-xl font-semibold">
              <Inline tokens={b.tokens} numbers={numbers} where={String(i)} />
            </H>
          );
        }
        if (b.kind === 'list') {
          const L = b.ordered ? 'ol' : 'ul';
          return (
            <L key={i} className={`${b.ordered ? 'list-decimal' : 'list-disc'} space-y-1 pl-6`}>
              {b.items.map((item, j) => (
                <li key={j}>
                  <Inline tokens={item} numbers={numbers} where={`${i}-${j}`} />
                </li>
              ))}
            </L>
          );
        }
        return (
          <p key={i}>
            <Inline tokens={b.tokens} numbers={numbers} where={String(i)} />
          </p>
        );
      })}
      <section aria-labelledby="sources-heading" className="border-t border-line pt-4 text-base">
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
                {c.locator}: {c.summary}{' '}
                <a
                  href={`#${firstIds.get(n)}`}
                  className="link"
                  aria-label={`Back to where source ${n} is cited`}
                >
                  ↩
                </a>
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
