import type { TRunPayload } from '@/lib/scenario/run-types';
import type { TPublicEnding } from '@/lib/scenario';
import { CitationList } from './citation-list';
import { isConsensusMeter } from './consensus';
import { ConsensusPanel } from './consensus-panel';
import { MeterList } from './meter-list';
import { formatAsOf } from '@/lib/content/as-of';
import { ReflectionForm } from './reflection-form';
import { RunTimeline } from './run-timeline';
import { StartRunForm } from './start-run-form';

const CLAIM_LABEL: Record<TPublicEnding['debrief']['record'][number]['claim'], string> = {
  fact: 'Fact',
  'attributed-position': 'Attributed position',
  interpretation: 'Interpretation',
};

/** The ending and what it teaches: reality behind the choices, obstacles met, the record, the path. */
export function Debrief({
  run,
  ending,
  headingRef,
  startRun,
}: {
  run: TRunPayload;
  /** The start-run server action for "Play again", passed down from the page. */
  startRun: (form: FormData) => Promise<void>;
  ending: TPublicEnding;
  headingRef?: React.Ref<HTMLHeadingElement>;
}) {
  const { view, citations } = run;
  const asOf = formatAsOf(view.scenario.asOf);
  return (
    <div className="space-y-6">
      <section aria-labelledby="ending-heading" className="card space-y-3">
        <p className="text-sm text-ink-soft">Ending · after {view.step} steps</p>
        <h2 id="ending-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
          {ending.title}
        </h2>
        <p className="prose-width text-lg">{ending.text}</p>
        {run.endings ? (
          <p data-testid="endings-found">
            You have found {run.endings.found} of {run.endings.total} endings
            {run.endings.found < run.endings.total ? ': play again to find another.' : ': every one of them.'}
          </p>
        ) : null}
        {ending.cutOff ? (
          <p>The run reached its step limit, so this ending was chosen from where things stood.</p>
        ) : null}
        <CitationList refs={ending.sources} citations={citations} />
      </section>

      <section aria-labelledby="reality-heading" className="prose-width space-y-2">
        <h3 id="reality-heading" className="text-xl font-semibold">
          What your choices correspond to in reality
        </h3>
        <p>{ending.debrief.inReality}</p>
        {ending.debrief.pathNotes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        {ending.debrief.assumption ? (
          <p>
            <strong>A modelling assumption, not a finding:</strong> {ending.debrief.assumption}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="obstacles-heading" className="prose-width space-y-2">
        <h3 id="obstacles-heading" className="text-xl font-semibold">
          Obstacles you ran into
        </h3>
        <ul className="list-disc space-y-1 pl-6">
          {run.obstacles.map((o) => (
            <li key={o.id}>
              <strong>{o.title}.</strong> {o.obstacle}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="record-heading" className="prose-width space-y-2">
        <h3 id="record-heading" className="text-xl font-semibold">
          What had actually happened, as of {asOf}
        </h3>
        <ul className="space-y-3">
          {ending.debrief.record.map((claim) => (
            <li key={claim.text} className="space-y-1">
              <p>
                <span className="mr-2 rounded border border-line px-1.5 text-sm">
                  {CLAIM_LABEL[claim.claim]}
                </span>
                {claim.text}
              </p>
              <CitationList refs={claim.sources} citations={citations} />
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="final-heading" className="card space-y-3">
          <h3 id="final-heading" className="text-xl font-semibold">
            Where things stood at the end
          </h3>
          <MeterList meters={view.meters.filter((m) => !isConsensusMeter(view.scenario.slug, m.id))} />
        </section>
        <ConsensusPanel slug={view.scenario.slug} meters={view.meters} headingLevel={3} />
      </div>

      <section aria-labelledby="path-heading" className="prose-width space-y-2">
        <h3 id="path-heading" className="text-xl font-semibold">
          The path you took
        </h3>
        <RunTimeline log={view.log} />
      </section>

      <section aria-labelledby="reflection-heading" className="card prose-width space-y-2">
        <h3 id="reflection-heading" className="text-xl font-semibold">
          Reflect
        </h3>
        <ReflectionForm runId={run.runId} saved={run.reflection} />
      </section>

      <section aria-labelledby="again-heading" className="prose-width space-y-2">
        <h3 id="again-heading" className="text-xl font-semibold">
          Play again
        </h3>
        <p>A new run starts from the beginning; this one stays in your history.</p>
        <StartRunForm
          action={startRun}
          slug={view.scenario.slug}
          assignmentId={run.assignmentId}
          label="Play again"
        />
      </section>
    </div>
  );
}
