import Link from 'next/link';
import { moduleCatalog } from '@/lib/content/catalog';
import { formatAsOf } from '@/lib/content/as-of';

export function ModuleList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="grid gap-4 sm:grid-cols-2">
      {moduleCatalog().map((m) => (
        <li key={m.id} className="card">
          <Heading className="mb-1 text-lg font-semibold">
            <Link href={`/modules/${m.id}`} className="link">
              {m.order}. {m.title}
            </Link>
          </Heading>
          <p className="mb-2">{m.summary}</p>
          <p className="text-sm text-ink-soft">
            Briefing and {m.questionCount} questions · as of {formatAsOf(m.asOf)}
          </p>
        </li>
      ))}
    </ol>
  );
}
