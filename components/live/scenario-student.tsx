'use client';
import Link from 'next/link';
import { useState } from 'react';
import type { TScenarioStudentView } from '@/lib/live/scenario-view-types';
import { useLiveView } from './use-live-view';

/** The phone in a live scenario: the decision and its choices (labels only), the vote, what the class chose. */
export function ScenarioStudent({ initial }: { initial: TScenarioStudentView }) {
  const {
    view: v,
    refresh,
    connection,
  } = useLiveView(initial.sessionId, `/api/live/${initial.sessionId}/scenario`, initial);
  const [picked, setPicked] = useState<{ step: number; choiceId: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const choiceId = picked?.step === v.step ? picked.choiceId : v.myChoice;

  async function send() {
    if (!choiceId) return setMessage('Choose one option first.');
    setSending(true);
    setMessage(null);
    try {
      const res = await fetch(`/api/live/${v.sessionId}/choice`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ step: v.step, choiceId }),
      });
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      if (!res.ok) setMessage(body.error ?? 'Your vote did not arrive; try again.');
      await refresh();
    } catch {
      setMessage('No connection: your vote did not arrive. Try again.');
    } finally {
      setSending(false);
    }
  }

  if (v.phase === 'ENDED')
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">The live lesson has ended</h1>
        <Link href="/student" className="btn">
          Back to my work
        </Link>
      </div>
    );

  const open = v.phase === 'OPEN' && !v.paused && v.choices.length > 0;
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <p className="text-sm text-ink-soft">{v.title} · live with your class</p>
        {connection === 'reconnecting' ? <p className="text-sm">Reconnecting…</p> : null}
      </header>
      {v.paused ? <p className="card font-medium">Your teacher paused the lesson.</p> : null}
      {v.node ? (
        <section aria-labelledby="live-node" className="space-y-4">
          <h1 id="live-node" className="text-xl font-semibold" data-testid="live-prompt">
            {v.node.title}
          </h1>
          <p className="whitespace-pre-line">{v.node.text}</p>
          {v.choices.length > 0 ? (
            <fieldset className="space-y-2" disabled={!open || sending}>
              <legend className="field-label">Your vote</legend>
              {v.choices.map((c) => (
                <label key={c.id} className="flex min-h-11 items-start gap-3 rounded border p-3">
                  <input
                    type="radio"
                    name={`vote-${v.step}`}
                    value={c.id}
                    checked={choiceId === c.id}
                    onChange={() => setPicked({ step: v.step, choiceId: c.id })}
                    className="mt-1 size-5"
                  />
                  <span>{c.label}</span>
                </label>
              ))}
            </fieldset>
          ) : (
            <p>Your teacher continues the story on the board.</p>
          )}
          {open ? (
            <button
              type="button"
              className="btn w-full sm:w-auto"
              disabled={sending}
              onClick={() => void send()}
            >
              {v.myChoice ? 'Change my vote' : 'Send my vote'}
            </button>
          ) : null}
        </section>
      ) : null}
      <p role="status" className="font-medium" data-testid="live-status">
        {v.phase === 'OPEN' && v.myChoice
          ? '✓ Your vote is in. You can change it until your teacher decides.'
          : v.phase === 'REVEALED' && v.taken
            ? `The class chose: ${v.taken}. See what followed on the board.`
            : ''}
      </p>
      {v.endingTitle ? (
        <p className="card text-lg" data-testid="live-ending">
          Ending reached: <strong>{v.endingTitle}</strong>. Your teacher will talk it through.
        </p>
      ) : null}
      {message ? (
        <p role="alert" className="font-medium">
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      ) : null}
    </div>
  );
}
