'use client';
import { useState } from 'react';
import type { TLiveControl } from '@/lib/live/controls';
import type { TPresenterView } from '@/lib/live/view-types';
import { LessonEnded } from './lesson-ended';
import { PresenterResults } from './presenter-results';
import { ProjectedQuestion } from './projected-question';
import { useLiveView } from './use-live-view';

const COUNT_POLL_MS = 1500;

type TButton = { control: TLiveControl; label: string; primary?: boolean };

/** The buttons that make sense now, the most likely next step first. */
function controlsFor(v: TPresenterView): TButton[] {
  const last = v.index + 1 >= v.total;
  const pauseButton: TButton = v.paused
    ? { control: 'resume', label: 'Resume' }
    : { control: 'pause', label: 'Pause' };
  switch (v.phase) {
    case 'OPEN':
      return [
        { control: 'close-vote', label: 'Stop the vote', primary: true },
        { control: 'reveal', label: 'Reveal the answer' },
        pauseButton,
      ];
    case 'CLOSED':
      return [
        ...(v.votesShown ? [] : [{ control: 'show-votes' as const, label: 'Show the votes' }]),
        ...(v.round === 1
          ? [
              {
                control: 'vote-again' as const,
                label: 'Vote again',
                primary: v.suggestion?.move === 'discuss',
              },
              ...(v.pairing ? [] : [{ control: 'pair' as const, label: 'Pair students who differ' }]),
            ]
          : []),
        {
          control: 'reveal',
          label: 'Reveal the answer',
          primary: v.round === 2 || v.suggestion?.move !== 'discuss',
        },
      ];
    case 'REVEALED':
      return last
        ? [{ control: 'end', label: 'End the lesson', primary: true }]
        : [{ control: 'next', label: 'Next question', primary: true }];
    case 'ENDED':
      return [];
  }
}

/** The projector: large type, high contrast, counts and charts but never a student's name. */
export function Presenter({ initial, classId }: { initial: TPresenterView; classId: string }) {
  const {
    view: v,
    refresh,
    connection,
  } = useLiveView(
    initial.sessionId,
    `/api/live/${initial.sessionId}/presenter`,
    initial,
    initial.phase === 'ENDED' ? null : COUNT_POLL_MS,
  );
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function send(control: TLiveControl) {
    if (control === 'end' && v.phase !== 'REVEALED' && !window.confirm('End the lesson for everyone now?'))
      return;
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(`/api/live/${v.sessionId}/control`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ control, seq: v.seq }),
      });
      const body = (await res.json().catch(() => ({}))) as { reason?: string | null; error?: string };
      if (!res.ok) setMessage(body.error ?? 'That did not work; try again.');
      else if (body.reason) setMessage(body.reason);
      await refresh();
    } catch {
      setMessage('No connection to the server; try again.');
    } finally {
      setBusy(false);
    }
  }

  if (v.phase === 'ENDED')
    return (
      <LessonEnded
        sessionId={v.sessionId}
        classId={classId}
        endedIdle={v.endedIdle}
        kept="Every answer is saved as part of each student’s work."
      />
    );

  return (
    <div className="space-y-8 text-ink">
      <header className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-semibold">
          {v.moduleTitle} — question {v.index + 1} of {v.total}
          {v.round === 2 ? ' (second vote)' : ''}
        </h1>
        <p className="text-3xl font-bold" role="status" data-testid="live-count">
          {v.answered} of {v.joined} answered
        </p>
      </header>
      {v.paused ? <p className="rounded-lg border-4 border-ink p-4 text-3xl font-bold">Paused</p> : null}
      {connection === 'reconnecting' ? <p className="text-xl">Reconnecting to the server…</p> : null}
      {v.question ? <ProjectedQuestion question={v.question} /> : null}
      {v.phase !== 'OPEN' && !v.votesShown && v.answered > 0 ? (
        <p className="text-xl">
          The votes are hidden until you show them, so they do not steer the discussion.
        </p>
      ) : null}
      {v.suggestion && v.phase === 'CLOSED' ? (
        <p className="rounded-lg bg-panel p-4 text-2xl" data-testid="live-suggestion">
          Suggested next step: {v.suggestion.text}
        </p>
      ) : null}
      {v.paired !== null && v.phase !== 'REVEALED' ? (
        <p className="text-xl">{v.paired} students see a partner who answered differently on their phones.</p>
      ) : null}
      <PresenterResults view={v} />
      <nav aria-label="Lesson controls" className="flex flex-wrap gap-3 border-t border-line pt-4">
        {controlsFor(v).map((b) => (
          <button
            key={b.control}
            type="button"
            className={`${b.primary ? 'btn' : 'btn-quiet'} text-xl`}
            disabled={busy}
            onClick={() => void send(b.control)}
          >
            {b.label}
          </button>
        ))}
        {v.phase !== 'REVEALED' || v.index + 1 < v.total ? (
          <button
            type="button"
            className="btn-quiet text-xl"
            disabled={busy}
            onClick={() => void send('end')}
          >
            End the lesson
          </button>
        ) : null}
      </nav>
      <p role="status" className="text-lg">
        {message}
      </p>
    </div>
  );
}
