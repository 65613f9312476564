'use client';
import type { ReactNode } from 'react';
import type { TPhoneView } from '@/lib/council/view-types';
import { CouncilOutcome } from './council-outcome';
import { CouncilTable } from './council-table';
import { useCouncilScreen } from './use-council-screen';
import { DelegationForms } from './delegation-forms';
import { SeatBrief } from './seat-brief';

const STANCE: Record<number, string> = {
  1: 'This draft crosses one of your red lines.',
  2: 'Your brief gives you strong reasons to object to this draft.',
  3: 'You can live with this draft, without enthusiasm.',
  4: 'Your brief gives you nothing to object to in this draft.',
  5: 'This draft is what your capital wants.',
};

/** A delegation's phone: its own brief, what it may do now, and the public table. */
export function CouncilPhone({ initial, reflection }: { initial: TPhoneView; reflection: ReactNode }) {
  const { view, move, bar } = useCouncilScreen(initial, 'seat');
  const { table, seat } = view;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">{seat ? seat.name : table.title}</h1>
      {seat && view.seatmates.length > 0 ? <p>With you at this seat: {view.seatmates.join(', ')}.</p> : null}
      {!seat ? <p>You joined after the seats were dealt: follow the table.</p> : null}
      {bar}
      {table.state.ended ? (
        <>
          <CouncilOutcome table={table} headingLevel={2} />
          {seat ? reflection : null}
        </>
      ) : seat ? (
        <>
          {view.ownStance !== null ? <p className="card">{STANCE[view.ownStance]}</p> : null}
          <DelegationForms
            key={`${table.state.round}-${table.state.phase}`}
            table={table}
            seatId={seat.id}
            canBreakSilence={seat.role === 'delegation'}
            busy={move.busy}
            onMove={(m, done) => move.send(m, done)}
          />
        </>
      ) : null}
      {seat ? <SeatBrief seat={seat} /> : null}
      <CouncilTable table={table} headingLevel={2} />
    </div>
  );
}
