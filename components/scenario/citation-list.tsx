import type { TRunCitation } from '@/lib/scenario/run-types';
import { formatAsOf } from '@/lib/content/as-of';

/** The sources behind one piece of text, folded away so they never stand between a heading and the choices. */
export function CitationList({
  refs,
  citations,
  label = 'Sources',
}: {
  refs: string[];
  citations: Record<string, TRunCitation>;
  label?: string;
}) {
  const shown = refs.flatMap((ref) => citations[ref] ?? []);
  if (shown.length === 0) return null;
  return (
    <details className="text-sm text-ink-soft">
      <summary className="cursor-pointer">
        {label} ({shown.length})
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {shown.map((c) => (
          <li key={c.ref}>
            <span className="font-medium text-ink">{c.title}</span> ({formatAsOf(c.date)}): {c.summary}
          </li>
        ))}
      </ul>
    </details>
  );
}
