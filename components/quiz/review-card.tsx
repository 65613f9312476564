'use client';
import { useState, type FormEvent } from 'react';
import type { TDueItem, TReviewResult } from '@/lib/review/review-types';
import type { TConfidence } from '@/lib/quiz/confidence';
import { LocalTime } from '@/components/ui/local-time';
import { BusyButton } from '@/components/ui/busy-button';
import { useFocusAfterCommit } from '@/components/ui/focus';
import { LiveRegion } from '@/components/ui/live-region';
import { AnswerInput } from './answer-input';
import { ConfidenceInput } from './confidence-input';
import { describeOwnAnswer } from './describe-answer';
import { emptyDraft, responseFromDraft, type TDraft } from './draft';
import { FeedbackPanel } from './feedback-panel';
import { OutcomeLabel } from './outcome-label';
import { callJson } from './quiz-api';

const RATINGS = [
  { rating: 'again', label: 'Again — I did not know it' },
  { rating: 'hard', label: 'Hard — I half knew it' },
  { rating: 'good', label: 'Good — I knew it' },
  { rating: 'easy', label: 'Easy — I knew it at once' },
] as const;

type Props = {
  item: TDueItem;
  /** "Item 3 of 10". */
  position: string;
  /** Called once the review is stored; the queue then offers the next item. */
  onReviewed: () => void;
};

/**
 * One due review item: answer the question (graded on the server) or recall the term and rate
 * yourself. Every step moves focus to its result: the revealed definition, the feedback heading,
 * or the "Reviewed" line; buttons are never disabled under the pupil's focus.
 */
export function ReviewCard({ item, position, onReviewed }: Props) {
  const [draft, setDraft] = useState<TDraft | null>(
    item.kind === 'question' ? emptyDraft(item.question) : null,
  );
  const [confidence, setConfidence] = useState<TConfidence>(null);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState<TReviewResult | null>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const ids = {
    heading: `review-${item.id}`,
    error: `review-${item.id}-error`,
    definition: `review-${item.id}-definition`,
    result: `review-${item.id}-result`,
    fieldset: `review-${item.id}-answer`,
  };

  async function send(body: object) {
    if (busy) return;
    setBusy(true);
    setError('');
    const result = await callJson<TReviewResult>(`/api/review/${item.id}`, {
      version: item.version,
      ...body,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setDone(result.data);
    onReviewed();
    focusAfterCommit(ids.result);
  }

  function answer(event: FormEvent) {
    event.preventDefault();
    if (item.kind !== 'question' || !draft || done) return;
    const response = responseFromDraft(item.question, draft);
    if (typeof response === 'string') {
      setError(response);
      return focusAfterCommit(
        () => document.querySelector<HTMLElement>(`#${ids.fieldset} input, #${ids.fieldset} select`),
        ids.error,
      );
    }
    void send({ kind: 'question', response, confidence });
  }

  const nextDue = done ? (
    <>
      Next review: <LocalTime value={done.due} />.
    </>
  ) : null;
  const ownAnswer = item.kind === 'question' && draft ? responseFromDraft(item.question, draft) : 'no answer';
  return (
    <article className="card space-y-3" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} tabIndex={-1} className="text-lg font-semibold">
        <span className="block text-sm font-normal text-ink-soft">{position}</span>
        {item.kind === 'question' ? 'Question' : `Term: ${item.term.term}`}
      </h2>
      {item.kind === 'question' && draft ? (
        <form onSubmit={answer} className="space-y-3" noValidate>
          <fieldset id={ids.fieldset} aria-describedby={error ? ids.error : undefined}>
            <legend className="mb-3">{item.question.prompt}</legend>
            <AnswerInput
              question={item.question}
              draft={draft}
              locked={busy || done !== null}
              onChange={setDraft}
            />
          </fieldset>
          <ConfidenceInput
            name={`r-${item.id}`}
            value={confidence}
            locked={busy || done !== null}
            onChange={setConfidence}
          />
          {done ? null : (
            <BusyButton type="submit" className="btn" busy={busy}>
              Check answer
            </BusyButton>
          )}
        </form>
      ) : null}
      {item.kind === 'term' ? (
        <div className="space-y-3">
          <p>Say to yourself what “{item.term.term}” means, then check.</p>
          {revealed ? (
            <>
              <p id={ids.definition} tabIndex={-1} className="rounded-lg border border-line p-3">
                <span className="sr-only">Definition: </span>
                {item.term.definition}
              </p>
              {done ? null : (
                <fieldset>
                  <legend className="field-label">How well did you know it?</legend>
                  <div className="flex flex-wrap gap-2">
                    {RATINGS.map((r) => (
                      <BusyButton
                        key={r.rating}
                        className="btn-quiet"
                        busy={busy}
                        onClick={() => send({ kind: 'term', rating: r.rating })}
                      >
                        {r.label}
                      </BusyButton>
                    ))}
                  </div>
                </fieldset>
              )}
            </>
          ) : (
            <button
              type="button"
              className="btn"
              onClick={() => {
                setRevealed(true);
                focusAfterCommit(ids.definition);
              }}
            >
              Show definition
            </button>
          )}
        </div>
      ) : null}
      <LiveRegion id={ids.error} tone="assertive" message={error} className="font-medium" />
      {done ? (
        <div className="space-y-3">
          <h3 id={ids.result} tabIndex={-1} className="font-semibold">
            {done.feedback ? (
              <>
                <OutcomeLabel outcome={done.feedback.outcome} />.{' '}
              </>
            ) : null}
            Reviewed. {nextDue}
          </h3>
          {done.feedback ? (
            <FeedbackPanel
              feedback={done.feedback}
              headingLevel={4}
              showOutcome={false}
              yourAnswer={
                item.kind === 'question' && typeof ownAnswer !== 'string'
                  ? describeOwnAnswer(item.question, ownAnswer)
                  : undefined
              }
            />
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
