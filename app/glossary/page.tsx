import type { Metadata } from 'next';
import { loadContent } from '@/lib/content/load';
import { formatAsOf } from '@/lib/content/as-of';

export const metadata: Metadata = { title: 'Glossary' };

export default function GlossaryPage() {
  const { glossary, sources } = loadContent();
  const terms = Object.values(glossary).sort((a, b) => a.term.localeCompare(b.term));
  return (
    <div className="prose-width space-y-6">
      <h1 className="text-3xl font-semibold">Glossary</h1>
      <dl className="space-y-5">
        {terms.map((t) => (
          <div key={t.id} id={t.id} className="scroll-mt-6">
            <dt className="text-lg font-semibold">{t.term}</dt>
            <dd>
              <p>{t.definition}</p>
              <p className="text-sm text-ink-soft">
                Source: {t.sources.map((ref) => sources[ref.split('#')[0] ?? '']?.title ?? ref).join('; ')} ·
                as of {formatAsOf(t.asOf)}
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
