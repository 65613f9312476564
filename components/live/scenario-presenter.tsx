'use client';
import { useRef, useState } from 'react';
import type { TLiveControl } from '@/lib/live/controls';
import type { TScenarioPresenterView } from '@/lib/live/scenario-view-types';
import { LessonEnded } from './lesson-ended';
import { ScenarioDecisionForm } from './scenario-decision-form';
import { ScenarioProjected } from './scenario-projected';
import { useLiveView } from './use-live-view';

const COUNT_POLL_MS = 1500;

/** The projector in a live scenario: the class's vote per choice, the teacher's decision, meters, debrief. */
export function ScenarioPresenter({
  initial,
  classId,
}: {
  initial: TScenarioPresenterView;
  classId: string;
}) {
  const {
    view: v,
    refresh,
    connection,
  } = useLiveView(
    initial.sessionId,
    `/api/live/${initial.sessionId}/scenario/presenter`,
    initial,
    initial.phase === 'ENDED' ? null : COUNT_POLL_MS,
  );
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  async function post(path: 'control' | 'decide', body: object): Promise<boolean> {
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(`/api/live/${v.sessionId}/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...body, seq: v.seq }),
      });
      const answer = (await res.json().catch(() => ({}))) as { reason?: string | null; error?: string };
      if (!res.ok) setMessage(answer.error ?? 'That did not work; try again.');
      else if (answer.reason) setMessage(answer.reason);
      await refresh();
      // The buttons just used may be gone: keep focus on the page, at its heading.
      heading.current?.focus();
      return res.ok;
    } catch {
      setMessage('No connection to the server; try again.');
      return false;
    } finally {
      setBusy(false);
    }
  }
  const control = (c: TLiveControl) => {
    if (c === 'end' && !v.ending && !window.confirm('End the lesson for everyone now?')) return;
    void post('control', { control: c });
  };

  if (v.phase === 'ENDED')
    return (
      <LessonEnded
        sessionId={v.sessionId}
        classId={classId}
        endedIdle={v.endedIdle}
        kept="The class’s run is saved with each decision’s vote."
      />
    );

  return (
    <div className="space-y-8 text-ink">
      <header className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold">
          {v.title} — {v.role}
        </h1>
        {v.phase === 'OPEN' && v.node?.kind === 'decision' ? (
          <p className="text-3xl font-bold" role="status" data-testid="live-count">
            {v.voted} of {v.enrolled} voted
          </p>
        ) : null}
      </header>
      {v.paused ? <p className="rounded-lg border-4 border-ink p-4 text-3xl font-bold">Paused</p> : null}
      {connection === 'reconnecting' ? <p className="text-xl">Reconnecting to the server…</p> : null}
      <ScenarioProjected view={v} />
      <nav aria-label="Lesson controls" className="space-y-4 border-t border-line pt-4">
        {v.phase === 'OPEN' && !v.paused ? (
          <ScenarioDecisionForm
            key={`${v.step}`}
            view={v}
            busy={busy}
            onDecide={(choiceId, reason) => post('decide', { choiceId, reason })}
          />
        ) : null}
        <div className="flex flex-wrap gap-3">
          {v.phase === 'REVEALED' && !v.ending ? (
            <button type="button" className="btn text-xl" disabled={busy} onClick={() => control('next')}>
              Next decision
            </button>
          ) : null}
          {v.phase === 'OPEN' ? (
            <button
              type="button"
              className="btn-quiet text-xl"
              disabled={busy}
              onClick={() => control(v.paused ? 'resume' : 'pause')}
            >
              {v.paused ? 'Resume' : 'Pause'}
            </button>
          ) : null}
          <button
            type="button"
            className={`${v.ending ? 'btn' : 'btn-quiet'} text-xl`}
            disabled={busy}
            onClick={() => control('end')}
          >
            End the lesson
          </button>
        </div>
      </nav>
      <p role="status" className="text-lg">
        {message}
      </p>
    </div>
  );
}
