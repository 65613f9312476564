'use client';
import { useState } from 'react';
import type { TDelegationMove } from '@/lib/council/moves';
import type { TPublicTable } from '@/lib/council/public-table';
import { BusyButton } from '@/components/ui/busy-button';

type Props = {
  table: TPublicTable;
  seatId: string;
  canBreakSilence: boolean;
  busy: boolean;
  onMove: (move: TDelegationMove, done: string) => Promise<boolean>;
};

/** What this seat may do now: speak once a round (with an amendment if it likes), or break silence. */
export function DelegationForms({ table, seatId, canBreakSilence, busy, onMove }: Props) {
  const { state } = table;
  const [text, setText] = useState('');
  const [amendmentId, setAmendmentId] = useState('');
  const [reason, setReason] = useState('');
  const spoke = state.statements.some((s) => s.round === state.round && s.seatId === seatId);
  const proposalId = state.draft?.proposalId;
  const amendments = table.amendments.filter(
    (a) => proposalId && a.appliesTo.includes(proposalId) && !state.draft?.amendmentIds.includes(a.id),
  );

  if (state.phase === 'floor' && !spoke)
    return (
      <form
        className="card space-y-3"
        aria-labelledby="statement-heading"
        onSubmit={(e) => {
          e.preventDefault();
          const move: TDelegationMove = amendmentId
            ? { type: 'state', text, amendmentId }
            : { type: 'state', text };
          void onMove(move, 'Your statement is on the table.').then((ok) => ok && setText(''));
        }}
      >
        <h2 id="statement-heading" className="text-xl font-semibold">
          Your statement
        </h2>
        <label htmlFor="statement" className="field-label">
          What your delegation says to the room (up to {table.statementMaxChars} characters)
        </label>
        <textarea
          id="statement"
          className="field-input w-full"
          rows={4}
          maxLength={table.statementMaxChars}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        {amendments.length > 0 ? (
          <>
            <label htmlFor="amendment" className="field-label">
              Propose an amendment (optional)
            </label>
            <select
              id="amendment"
              className="field-input w-full"
              value={amendmentId}
              onChange={(e) => setAmendmentId(e.target.value)}
            >
              <option value="">No amendment</option>
              {amendments.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <BusyButton type="submit" className="btn" busy={busy}>
          Make the statement
        </BusyButton>
      </form>
    );

  if (state.phase === 'silence' && canBreakSilence)
    return (
      <form
        className="card space-y-3"
        aria-labelledby="break-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void onMove({ type: 'break-silence', reason }, 'You broke silence; the draft is blocked.');
        }}
      >
        <h2 id="break-heading" className="text-xl font-semibold">
          Break silence
        </h2>
        <p>Stay silent and the draft is adopted. One broken silence blocks it, and you must say why.</p>
        <label htmlFor="reason" className="field-label">
          Your written reason (required)
        </label>
        <textarea
          id="reason"
          className="field-input w-full"
          rows={3}
          maxLength={table.statementMaxChars}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <BusyButton type="submit" className="btn" busy={busy}>
          Break silence
        </BusyButton>
      </form>
    );

  const waiting =
    state.phase === 'tabling'
      ? 'Wait for the chair to table a draft.'
      : state.phase === 'floor'
        ? 'Your delegation has spoken this round. Listen to the others.'
        : state.phase === 'silence'
          ? 'Silence is open. Your seat has no consent to withhold: watch the table.'
          : null;
  return waiting ? <p className="card">{waiting}</p> : null;
}
