'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { TStudentLiveView } from '@/lib/live/view-types';
import type { TConfidence } from '@/lib/quiz/confidence';
import { AnswerInput } from '@/components/quiz/answer-input';
import { ConfidenceInput } from '@/components/quiz/confidence-input';
import { draftFromResponse, emptyDraft, responseFromDraft, type TDraft } from '@/components/quiz/draft';
import { FeedbackPanel } from '@/components/quiz/feedback-panel';
import { useLiveView } from './use-live-view';

/** The phone: the current question, the answer input, "your answer is in", and after Reveal your feedback. */
export function LiveStudent({ initial }: { initial: TStudentLiveView }) {
  const {
    view: v,
    refresh,
    connection,
  } = useLiveView(initial.sessionId, `/api/live/${initial.sessionId}`, initial);
  const key = `${v.question?.id ?? ''}:${v.round}`;
  const [draftFor, setDraftFor] = useState<{ key: string; draft: TDraft | null; confidence: TConfidence }>({
    key: '',
    draft: null,
    confidence: null,
  });
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    void fetch(`/api/live/${initial.sessionId}/join`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
  }, [initial.sessionId]);

  // A new question or a second vote starts from the stored vote (after a reload) or empty.
  const current =
    draftFor.key === key
      ? draftFor
      : {
          key,
          draft: v.question
            ? v.myAnswer
              ? draftFromResponse(v.myAnswer.response)
              : emptyDraft(v.question)
            : null,
          confidence: v.myAnswer?.confidence ?? null,
        };
  const update = (change: Partial<typeof current>) => setDraftFor({ ...current, ...change });

  async function send() {
    if (!v.question || !current.draft) return;
    const response = responseFromDraft(v.question, current.draft);
    if (typeof response === 'string') return setMessage(response);
    setSending(true);
    setMessage(null);
    try {
      const res = await fetch(`/api/live/${v.sessionId}/answers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          questionId: v.question.id,
          round: v.round,
          response,
          confidence: current.confidence,
        }),
      });
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      if (!res.ok) setMessage(body.error ?? 'Your answer did not arrive; try again.');
      await refresh();
    } catch {
      setMessage('No connection: your answer did not arrive. Try again.');
    } finally {
      setSending(false);
    }
  }

  if (v.phase === 'ENDED')
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">The live lesson has ended</h1>
        <p>Your answers are saved with your work; missed questions come back in your review.</p>
        <Link href="/student" className="btn">
          Back to my work
        </Link>
      </div>
    );

  const open = v.phase === 'OPEN' && !v.paused;
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <p className="text-sm text-ink-soft">
          {v.moduleTitle} · question {v.index + 1} of {v.total}
          {v.round === 2 ? ' · second vote' : ''}
        </p>
        {connection === 'reconnecting' ? <p className="text-sm">Reconnecting…</p> : null}
      </header>
      {v.paused ? <p className="card font-medium">Your teacher paused the lesson.</p> : null}
      {v.question && current.draft ? (
        <section aria-labelledby="live-question" className="space-y-4">
          <h1 id="live-question" className="text-xl font-semibold" data-testid="live-prompt">
            {v.question.prompt}
          </h1>
          <AnswerInput
            question={v.question}
            draft={current.draft}
            locked={!open || sending}
            onChange={(draft) => update({ draft })}
          />
          {v.phase === 'OPEN' ? (
            <ConfidenceInput
              name={`live-${key}`}
              value={current.confidence}
              locked={!open || sending}
              onChange={(confidence) => update({ confidence })}
            />
          ) : null}
          {open ? (
            <button
              type="button"
              className="btn w-full sm:w-auto"
              disabled={sending}
              onClick={() => void send()}
            >
              {v.myAnswer ? 'Change my answer' : 'Send my answer'}
            </button>
          ) : null}
        </section>
      ) : null}
      <p role="status" className="font-medium" data-testid="live-status">
        {v.myAnswer && v.phase === 'OPEN'
          ? '✓ Your answer is in. You can change it until your teacher stops the vote.'
          : v.phase === 'CLOSED'
            ? v.myAnswer
              ? '✓ Your answer is in. Voting has stopped; listen to your teacher.'
              : 'Voting has stopped; listen to your teacher.'
            : ''}
      </p>
      {v.partner && v.phase !== 'REVEALED' ? (
        <p className="card text-lg" data-testid="live-partner">
          Talk it over with <strong>{v.partner}</strong>: you answered differently.
        </p>
      ) : null}
      {message ? (
        <p role="alert" className="font-medium">
          <span aria-hidden="true">⚠ </span>
          {message}
        </p>
      ) : null}
      {v.phase === 'REVEALED' ? (
        <section aria-labelledby="live-feedback" className="card space-y-3">
          <h2 id="live-feedback" className="text-lg font-semibold">
            Your feedback
          </h2>
          {v.feedback ? (
            <FeedbackPanel feedback={v.feedback} />
          ) : (
            <p>You did not answer this one; the answer is on the board.</p>
          )}
          <p className="text-sm">Wait for your teacher to move on.</p>
        </section>
      ) : null}
    </div>
  );
}
