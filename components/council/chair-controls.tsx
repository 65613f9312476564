'use client';
import { useState } from 'react';
import type { TChairMove } from '@/lib/council/moves';
import type { TPublicTable } from '@/lib/council/public-table';
import { BusyButton } from '@/components/ui/busy-button';
import { EndCouncilButton } from './end-council-button';

type Props = {
  table: TPublicTable;
  busy: boolean;
  onMove: (move: TChairMove, done: string) => void;
};

/**
 * The chair's controls, only those the procedure allows now: table (or re-table) a draft from the
 * proposals with the amendments that fit it, open silence, close silence, end the council.
 */
export function ChairControls({ table, busy, onMove }: Props) {
  const { state, clock } = table;
  const [proposalId, setProposalId] = useState(state.draft?.proposalId ?? table.proposals[0]?.id ?? '');
  const [amendmentIds, setAmendmentIds] = useState<string[]>(state.draft?.amendmentIds ?? []);
  const fitting = table.amendments.filter((a) => a.appliesTo.includes(proposalId));
  const canTable =
    state.phase === 'tabling' ||
    (state.phase === 'floor' && state.retablesThisRound < clock.retablesPerRound);
  if (state.phase === 'ended') return null;
  return (
    <section aria-labelledby="chair-controls" className="card space-y-4">
      <h2 id="chair-controls" className="text-xl font-semibold">
        The chair
      </h2>
      {canTable ? (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            const ids = amendmentIds.filter((id) => fitting.some((a) => a.id === id));
            onMove({ type: 'table', proposalId, amendmentIds: ids }, 'Draft tabled.');
          }}
        >
          <fieldset className="space-y-2">
            <legend className="field-label">Proposal</legend>
            {table.proposals.map((p) => (
              <label key={p.id} className="flex min-h-11 items-start gap-2">
                <input
                  type="radio"
                  name="proposal"
                  value={p.id}
                  checked={proposalId === p.id}
                  onChange={() => setProposalId(p.id)}
                  className="mt-1 size-5"
                />
                <span>
                  <strong>{p.label}</strong>: {p.text}
                </span>
              </label>
            ))}
          </fieldset>
          {fitting.length > 0 ? (
            <fieldset className="space-y-2">
              <legend className="field-label">Amendments</legend>
              {fitting.map((a) => (
                <label key={a.id} className="flex min-h-11 items-start gap-2">
                  <input
                    type="checkbox"
                    value={a.id}
                    checked={amendmentIds.includes(a.id)}
                    onChange={(e) =>
                      setAmendmentIds((ids) =>
                        e.target.checked ? [...ids, a.id] : ids.filter((id) => id !== a.id),
                      )
                    }
                    className="mt-1 size-5"
                  />
                  <span>
                    <strong>{a.label}</strong>: {a.text}
                  </span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <BusyButton type="submit" className="btn" busy={busy}>
            {state.phase === 'floor' ? 'Re-table the amended draft' : 'Table this draft'}
          </BusyButton>
        </form>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {state.phase === 'floor' ? (
          <BusyButton
            className="btn"
            busy={busy}
            onClick={() =>
              onMove({ type: 'open-silence' }, 'Silence opened: the table shows whether it held.')
            }
          >
            Open silence ({clock.silenceMinutes} min)
          </BusyButton>
        ) : null}
        {state.phase === 'silence' ? (
          <BusyButton
            className="btn"
            busy={busy}
            onClick={() => onMove({ type: 'close-silence' }, 'Silence closed.')}
          >
            Close silence: adopted unless broken
          </BusyButton>
        ) : (
          <EndCouncilButton busy={busy} onEnd={() => onMove({ type: 'end' }, 'The council has ended.')} />
        )}
      </div>
    </section>
  );
}
