'use client';
import { useState } from 'react';
import { BusyButton } from '@/components/ui/busy-button';
import { useFocusAfterCommit } from '@/components/ui/focus';

/**
 * Ending without a decision cannot be undone, so it asks once: the question takes focus, and
 * "Keep sitting" puts focus back on the button that asked.
 */
export function EndCouncilButton({ busy, onEnd }: { busy: boolean; onEnd: () => void }) {
  const [asking, setAsking] = useState(false);
  const focusAfter = useFocusAfterCommit();
  if (!asking)
    return (
      <BusyButton
        id="end-council"
        className="btn-quiet"
        busy={busy}
        onClick={() => {
          setAsking(true);
          focusAfter('end-council-question');
        }}
      >
        End the council without a decision
      </BusyButton>
    );
  return (
    <div className="space-y-2">
      <p id="end-council-question" className="font-semibold">
        End the council now? It records no decision and opens the debrief.
      </p>
      <div className="flex flex-wrap gap-3">
        <BusyButton className="btn" busy={busy} onClick={onEnd}>
          Yes, end the council
        </BusyButton>
        <BusyButton
          className="btn-quiet"
          busy={busy}
          onClick={() => {
            setAsking(false);
            focusAfter('end-council');
          }}
        >
          Keep sitting
        </BusyButton>
      </div>
    </div>
  );
}
