'use client';
import { useState } from 'react';
import { BusyButton } from '@/components/ui/busy-button';
import { useFocusAfterCommit } from '@/components/ui/focus';

const CONFIRM_ID = 'submit-confirm';
const SUBMIT_ID = 'submit-quiz';

/**
 * Finishing asks once more when questions are unanswered, inline rather than in a browser dialog.
 * Focus goes to the question being asked, and back to Submit quiz after Keep answering.
 */
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
  const focusAfterCommit = useFocusAfterCommit();
  return (
    <section aria-labelledby="finish-heading" className="border-t border-line pt-4">
      <h2 id="finish-heading" className="mb-2 font-semibold">
        Finish
      </h2>
      {confirming && unanswered > 0 ? (
        <div className="space-y-3">
          <p id={CONFIRM_ID} tabIndex={-1}>
            {unanswered} {unanswered === 1 ? 'question is' : 'questions are'} not answered and will score 0.
            Submit anyway?
          </p>
          <div className="flex flex-wrap gap-3">
            <BusyButton className="btn" busy={busy} onClick={onSubmit}>
              Yes, submit quiz
            </BusyButton>
            <BusyButton
              className="btn-quiet"
              onClick={() => {
                setConfirming(false);
                focusAfterCommit(SUBMIT_ID);
              }}
            >
              Keep answering
            </BusyButton>
          </div>
        </div>
      ) : (
        <BusyButton
          id={SUBMIT_ID}
          className="btn-quiet"
          busy={busy}
          onClick={() => {
            if (unanswered === 0) return onSubmit();
            setConfirming(true);
            focusAfterCommit(CONFIRM_ID);
          }}
        >
          Submit quiz
        </BusyButton>
      )}
    </section>
  );
}
