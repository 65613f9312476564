'use client';

import { useEffect, useRef, useState } from 'react';
import type { TRunPayload } from '@/lib/scenario/run-types';
import { announceStep } from './announce';
import { CitationList } from './citation-list';
import { isConsensusMeter } from './consensus';
import { ConsensusPanel } from './consensus-panel';
import { Debrief } from './debrief';
import { changeWords } from './format';
import { MeterList } from './meter-list';
import { RunTimeline } from './run-timeline';
import { ReportProblem } from '@/components/report/report-problem';

type TDecisionReply = { run?: TRunPayload; error?: string };

/**
 * The scenario player: sends only the choice id and the step it shows, then re-renders from the
 * public view the server returns. After each choice the consequence is announced in a live region
 * and focus moves to the heading of what comes next, so keyboard and screen-reader users keep their place.
 */
export function RunPlayer({
  initial,
  startRun,
}: {
  initial: TRunPayload;
  /** The start-run server action, for the debrief's "Play again". */
  startRun: (form: FormData) => Promise<void>;
}) {
  const [run, setRun] = useState(initial);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { view, lastStep } = run;

  useEffect(() => {
    if (moved) headingRef.current?.focus();
  }, [moved, run]);

  async function choose(choiceId: string) {
    if (pending) return;
    setPending(true);
    setProblem('');
    try {
      const res = await fetch(`/api/runs/${encodeURIComponent(run.runId)}/decisions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ choiceId, step: view.step }),
      });
      const reply = (await res.json()) as TDecisionReply;
      if (reply.run) {
        setRun(reply.run);
        setMoved(true);
      }
      if (res.ok && reply.run) setAnnouncement(announceStep(reply.run));
      else setProblem(reply.error ?? 'Something went wrong. Reload the page to continue where you left off.');
    } catch {
      setProblem('Could not reach the server. Check your connection and choose again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-6">
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {problem ? (
        <p role="alert" className="card font-medium" data-testid="run-problem">
          {problem}
        </p>
      ) : null}
      {run.outdated && !view.ending ? (
        <p className="card">
          This scenario has been updated since this run started, so it can be read but not continued.
        </p>
      ) : null}

      {view.ending ? (
        <Debrief run={run} ending={view.ending} headingRef={headingRef} startRun={startRun} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="space-y-6">
            {lastStep ? (
              <section
                aria-labelledby="last-step-heading"
                className="prose-width space-y-2 border-l-4 border-line pl-4"
              >
                <h2 id="last-step-heading" className="text-lg font-semibold">
                  What just happened
                </h2>
                <p>
                  <span className="font-medium">{lastStep.label}.</span> {lastStep.consequence}
                </p>
                {lastStep.changes.length > 0 ? (
                  <ul className="list-disc pl-6 text-sm">
                    {lastStep.changes.map((c) => (
                      <li key={c.id}>
                        {c.label}: {c.from} → {c.to} ({changeWords(c.from, c.to, c.good)})
                      </li>
                    ))}
                  </ul>
                ) : null}
              </section>
            ) : null}

            {view.node ? (
              <section aria-labelledby="node-heading" className="card space-y-4">
                <p className="text-sm text-ink-soft">
                  Step {view.step + 1} · {view.node.kind === 'decision' ? 'Decision' : 'Event'}
                </p>
                <h2 id="node-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
                  {view.node.title}
                </h2>
                <p className="prose-width text-lg">{view.node.text}</p>
                <ul
                  className="space-y-2"
                  aria-label={view.node.kind === 'decision' ? 'Your options' : 'Continue'}
                >
                  {view.choices.map((c) => (
                    <li key={c.id}>
                      <button
                        type="button"
                        className="btn-quiet w-full justify-start text-left"
                        disabled={pending || run.outdated}
                        onClick={() => choose(c.id)}
                      >
                        {c.label}
                      </button>
                    </li>
                  ))}
                </ul>
                <CitationList refs={view.node.sources} citations={run.citations} />
                <ReportProblem
                  kind="SCENARIO"
                  targets={[{ ref: `${view.scenario.slug}#${view.node.id}`, label: '' }]}
                  what="this step"
                />
              </section>
            ) : null}
          </div>

          <aside className="space-y-6" aria-label="Run status">
            <ConsensusPanel slug={view.scenario.slug} meters={view.meters} />
            <section aria-labelledby="meters-heading" className="card space-y-3">
              <h2 id="meters-heading" className="text-xl font-semibold">
                Where things stand
              </h2>
              <MeterList meters={view.meters.filter((m) => !isConsensusMeter(view.scenario.slug, m.id))} />
            </section>
            <section aria-labelledby="timeline-heading" className="space-y-3">
              <h2 id="timeline-heading" className="text-xl font-semibold">
                Your decisions so far
              </h2>
              <RunTimeline log={view.log} />
            </section>
          </aside>
        </div>
      )}
    </div>
  );
}
