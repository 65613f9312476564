'use client';
import Link from 'next/link';
import type { TPresenterView } from '@/lib/council/view-types';
import { ChairControls } from './chair-controls';
import { CouncilOutcome } from './council-outcome';
import { CouncilTable } from './council-table';
import { useCouncilScreen } from './use-council-screen';

/** The room's screen: large type, the public table only (never a brief), and the chair's controls. */
export function CouncilPresenter({ initial }: { initial: TPresenterView }) {
  const { view, move, bar } = useCouncilScreen(initial, 'chair');
  const { table } = view;
  return (
    <div className="space-y-6 text-xl">
      <h1 className="text-4xl font-semibold">{table.title}</h1>
      {bar}
      {table.state.ended ? (
        <>
          <CouncilOutcome table={table} headingLevel={2} />
          <p>
            <Link href={`/teacher/council/${view.sessionId}/record`} className="btn">
              The session record and reflections
            </Link>
          </p>
        </>
      ) : (
        <ChairControls
          key={`${table.state.round}-${table.state.drafts.length}`}
          table={table}
          busy={move.busy}
          onMove={(m, done) => void move.send(m, done)}
        />
      )}
      <CouncilTable table={table} seating={view.seating} headingLevel={2} />
      <p className="text-base">
        <Link href={`/teacher/classes/${view.classId}/council`} className="link">
          Back to the class’s councils
        </Link>
      </p>
    </div>
  );
}
