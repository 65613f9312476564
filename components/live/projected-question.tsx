import type { TPublicQuestion } from '@/lib/content/public-question';

/** The question as the projector shows it: large type, the public options only. */
export function ProjectedQuestion({ question: q }: { question: TPublicQuestion }) {
  return (
    <div className="space-y-6">
      <p className="text-4xl leading-tight font-semibold" data-testid="live-prompt">
        {q.prompt}
      </p>
      {q.type === 'single' || q.type === 'multi' ? (
        <ol className="list-[upper-alpha] space-y-3 pl-12 text-3xl">
          {q.options.map((o) => (
            <li key={o.id}>{o.text}</li>
          ))}
        </ol>
      ) : q.type === 'true-false' ? (
        <p className="text-3xl">True or false?</p>
      ) : q.type === 'ordering' ? (
        <ul className="list-disc space-y-2 pl-12 text-2xl">
          {q.items.map((i) => (
            <li key={i.id}>{i.text}</li>
          ))}
        </ul>
      ) : q.type === 'matching' ? (
        <div className="grid grid-cols-2 gap-8 text-2xl">
          <ul className="list-disc space-y-2 pl-8">
            {q.lefts.map((l) => (
              <li key={l.id}>{l.text}</li>
            ))}
          </ul>
          <ul className="list-disc space-y-2 pl-8">
            {q.rights.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ul>
        </div>
      ) : q.type === 'numeric' ? (
        <p className="text-3xl">Answer with a number ({q.unit}).</p>
      ) : null}
    </div>
  );
}
