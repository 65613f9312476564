'use client';
import Link from 'next/link';
import type { TPresenterView } from '@/lib/council/view-types';
import { LiveRegion } from '@/components/ui/live-region';
import { useLiveView } from '@/components/live/use-live-view';
import { ChairControls } from './chair-controls';
import { CouncilClock } from './council-clock';
import { CouncilOutcome } from './council-outcome';
import { CouncilTable } from './council-table';
import { useCouncilMove } from './use-council-move';

/** The room's screen: large type, the public table only (never a brief), and the chair's controls. */
export function CouncilPresenter({ initial }: { initial: TPresenterView }) {
  const { view, refresh, connection } = useLiveView(
    initial.sessionId,
    `/api/council/${initial.sessionId}`,
    initial,
    null,
    `/api/council/${initial.sessionId}/events`,
  );
  const move = useCouncilMove(view.sessionId, view.seq, refresh, {
    status: 'chair-status',
    alert: 'chair-alert',
  });
  const { table } = view;
  return (
    <div className="space-y-6 text-xl">
      <h1 className="text-4xl font-semibold">{table.title}</h1>
      <CouncilClock
        key={view.serverNow}
        startedAt={view.startedAt}
        serverNow={view.serverNow}
        councilNow={table.state.now}
        totalMinutes={table.clock.totalMinutes}
        silenceDeadline={table.state.silenceDeadline}
        ended={view.status === 'ENDED'}
      />
      {connection === 'reconnecting' ? <p>Reconnecting…</p> : null}
      <LiveRegion id="chair-status" message={move.status} />
      <LiveRegion id="chair-alert" message={move.error} tone="assertive" className="font-semibold" />
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
