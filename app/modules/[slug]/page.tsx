import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getModule, loadContent } from '@/lib/content/load';
import { toPublicModule } from '@/lib/content/public-module';
import { Briefing } from '@/components/content/briefing';
import { formatAsOf } from '@/lib/content/as-of';
import { AssignedQuizStart } from '@/components/classes/assigned-quiz-start';

type Params = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return loadContent().modules.map((m) => ({ slug: m.id }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const m = getModule((await params).slug);
  return { title: m ? m.title : 'Page not found' };
}

export default async function ModulePage({ params }: Params) {
  const content = loadContent();
  const found = getModule((await params).slug);
  if (!found) notFound();
  const view = toPublicModule(found, content);
  return (
    <div className="space-y-8">
      <header className="prose-width space-y-2">
        <p className="text-sm text-ink-soft">
          Module {view.order} · as of {formatAsOf(view.asOf)}
        </p>
        <h1 className="text-3xl font-semibold">{view.title}</h1>
        <p className="text-lg">{view.summary}</p>
      </header>
      <section aria-labelledby="objectives" className="card prose-width">
        <h2 id="objectives" className="mb-2 text-xl font-semibold">
          After this module you can
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {view.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
      <Briefing module={view} />
      {Object.keys(view.terms).length > 0 ? (
        <section aria-labelledby="key-terms" className="prose-width">
          <h2 id="key-terms" className="mb-2 text-xl font-semibold">
            Key terms
          </h2>
          <dl className="space-y-2">
            {Object.values(view.terms).map((t) => (
              <div key={t.id}>
                <dt className="font-medium">
                  <Link href={`/glossary#${t.id}`} className="link">
                    {t.term}
                  </Link>
                </dt>
                <dd>{t.definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="quiz" className="card prose-width no-print">
        <h2 id="quiz" className="mb-2 text-xl font-semibold">
          Check your understanding
        </h2>
        <p className="mb-4">
          {view.questionCount} questions on this module. In practice mode you see feedback and the source
          after every answer.
        </p>
        <AssignedQuizStart slug={view.id} />
      </section>
    </div>
  );
}
