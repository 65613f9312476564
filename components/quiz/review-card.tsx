'use client';
import { useState, type FormEvent } from 'react';
import type { TDueItem, TReviewResult } from '@/lib/dal/review-types';
import type { TConfidence } from '@/lib/quiz/confidence';
import { LocalTime } from '@/components/ui/local-time';
import { AnswerInput } from './answer-input';
import { ConfidenceInput } from './confidence-input';
import { emptyDraft, responseFromDraft, type TDraft } from './draft';
import { FeedbackPanel } from './feedback-panel';
import { callJson } from './quiz-api';

const RATINGS = [
  { rating: 'again', label: 'Again — I did not know it' },
  { rating: 'hard', label: 'Hard — I half knew it' },
  { rating: 'good', label: 'Good — I knew it' },
  { rating: 'easy', label: 'Easy — I knew it at once' },
] as const;

/** One due review item: answer the question (graded on the server) or recall the term and rate yourself. */
export function ReviewCard({ item, number }: { item: TDueItem; number: number }) {
  const [draft, setDraft] = useState<TDraft | null>(
    item.kind === 'question' ? emptyDraft(item.question) : null,
  );
  const [confidence, setConfidence] = useState<TConfidence>(null);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<TReviewResult | null>(null);
  const headingId = `review-${item.id}`;

  async function send(body: object) {
    setBusy(true);
    setError(null);
    const result = await callJson<TReviewResult>(`/api/review/${item.id}`, {
      version: item.version,
      ...body,
    });
    setBusy(false);
    if (result.ok) setDone(result.data);
    else setError(result.error);
  }

  function answer(event: FormEvent) {
    event.preventDefault();
    if (item.kind !== 'question' || !draft) return;
    const response = responseFromDraft(item.question, draft);
    if (typeof response === 'string') return setError(response);
    void send({ kind: 'question', response, confidence });
  }

  const nextDue = done ? (
    <>
      Next review: <LocalTime value={done.due} />.
    </>
  ) : null;
  return (
    <li className="card space-y-3" aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold">
        {number}. {item.kind === 'question' ? 'Question' : `Term: ${item.term.term}`}
      </h2>
      {item.kind === 'question' && draft ? (
        <form onSubmit={answer} className="space-y-3">
          <fieldset>
            <legend className="mb-3">{item.question.prompt}</legend>
            <AnswerInput
              question={item.question}
              draft={draft}
              disabled={busy || done !== null}
              onChange={setDraft}
            />
          </fieldset>
          <ConfidenceInput
            name={`r-${item.id}`}
            value={confidence}
            disabled={busy || done !== null}
            onChange={setConfidence}
          />
          {done ? null : (
            <button type="submit" className="btn" disabled={busy}>
              Check answer
            </button>
          )}
        </form>
      ) : null}
      {item.kind === 'term' ? (
        <div className="space-y-3">
          <p>Say to yourself what “{item.term.term}” means, then check.</p>
          {revealed ? (
            <>
              <p className="rounded-lg border border-[var(--color-line)] p-3">{item.term.definition}</p>
              {done ? null : (
                <fieldset>
                  <legend className="field-label">How well did you know it?</legend>
                  <div className="flex flex-wrap gap-2">
                    {RATINGS.map((r) => (
                      <button
                        key={r.rating}
                        type="button"
                        className="btn-quiet"
                        disabled={busy}
                        onClick={() => send({ kind: 'term', rating: r.rating })}
                      >
                        {r.label}
                      </button>
                    ))}
                  </div>
                </fieldset>
              )}
            </>
          ) : (
            <button type="button" className="btn" onClick={() => setRevealed(true)}>
              Show definition
            </button>
          )}
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="font-medium">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <div aria-live="polite">
        {done ? (
          <div className="space-y-3">
            {done.feedback ? <FeedbackPanel feedback={done.feedback} /> : null}
            <p role="status">
              <span aria-hidden="true">✓ </span>Reviewed. {nextDue}
            </p>
          </div>
        ) : null}
      </div>
    </li>
  );
}
