'use client';
import { useState } from 'react';

/** Finishing asks once more when questions are unanswered, inline rather than in a browser dialog. */
export function SubmitAttempt({
  unanswered,
  busy,
  onSubmit,
}: {
  unanswered: number;
  busy: boolean;
  onSubmit: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="finish-heading" className="border-t border-[var(--color-line)] pt-4">
      <h2 id="finish-heading" className="mb-2 font-semibold">
        Finish
      </h2>
      {confirming && unanswered > 0 ? (
        <div className="space-y-3">
          <p role="status">
            {unanswered} {unanswered === 1 ? 'question is' : 'questions are'} not answered and will score 0.
            Submit anyway?
          </p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className="btn" disabled={busy} onClick={onSubmit}>
              Yes, submit quiz
            </button>
            <button type="button" className="btn-quiet" onClick={() => setConfirming(false)}>
              Keep answering
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="btn-quiet"
          disabled={busy}
          onClick={() => (unanswered > 0 ? setConfirming(true) : onSubmit())}
        >
          Submit quiz
        </button>
      )}
    </section>
  );
}
