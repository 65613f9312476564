'use client';
import { useState } from 'react';
import { followsClassVote } from '@/lib/live/class-decision';
import type { TScenarioPresenterView } from '@/lib/live/scenario-view-types';

type Props = {
  view: TScenarioPresenterView;
  busy: boolean;
  onDecide: (choiceId: string, reason: string | null) => Promise<boolean>;
};

/**
 * The teacher's decision: the class's choice is selected (when there is one); choosing another
 * asks for a reason, which is recorded with the decision. At an event, one Continue button.
 */
export function ScenarioDecisionForm({ view: v, busy, onDecide }: Props) {
  const suggested = v.classChoice.kind === 'majority' ? v.classChoice.choiceId : null;
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const choiceId = chosen ?? suggested;
  const overriding = choiceId !== null && !followsClassVote(v.tally, choiceId);

  if (v.node?.kind === 'event') {
    const next = v.tally[0];
    return next ? (
      <button
        type="button"
        className="btn text-xl"
        disabled={busy}
        onClick={() => void onDecide(next.id, null)}
      >
        {next.label}
      </button>
    ) : null;
  }
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (choiceId) void onDecide(choiceId, reason.trim() || null);
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-xl font-semibold">
          {v.classChoice.kind === 'tie'
            ? 'The vote is tied: you choose'
            : v.classChoice.kind === 'no-votes'
              ? 'Nobody has voted yet: you may choose'
              : 'Advance with the class’s choice, or pick another and say why'}
        </legend>
        {v.tally.map((b) => (
          <label key={b.id} className="flex min-h-11 items-start gap-3 text-xl">
            <input
              type="radio"
              name="decision"
              value={b.id}
              checked={choiceId === b.id}
              onChange={() => setChosen(b.id)}
              className="mt-1 size-5"
            />
            <span>
              {b.label}
              {b.id === suggested ? ' (the class’s choice)' : ''}
            </span>
          </label>
        ))}
      </fieldset>
      {overriding ? (
        <div className="space-y-1">
          <label htmlFor="decision-reason" className="field-label">
            Why go against the class’s vote? (recorded in the report)
          </label>
          <textarea
            id="decision-reason"
            className="field-input w-full"
            rows={2}
            maxLength={500}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      ) : null}
      <button type="submit" className="btn text-xl" disabled={busy || choiceId === null}>
        Advance with this choice
      </button>
    </form>
  );
}
