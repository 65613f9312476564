'use client';
import type { TCouncilViewBase } from '@/lib/council/view-types';
import { LiveRegion } from '@/components/ui/live-region';
import { useLiveView } from '@/components/live/use-live-view';
import { CouncilClock } from './council-clock';
import { useCouncilMove } from './use-council-move';
import { useDeadlineRefresh } from './use-deadline-refresh';

/**
 * One council screen (presenter or phone): its view kept fresh over the council's event stream
 * and fetched again when a deadline it shows passes, its moves, and the bar every screen shows
 * (clock, connection, the move's status and alert).
 */
export function useCouncilScreen<T extends TCouncilViewBase>(initial: T, idPrefix: string) {
  const { view, refresh, connection } = useLiveView(
    initial.sessionId,
    `/api/council/${initial.sessionId}`,
    initial,
    null,
    `/api/council/${initial.sessionId}/events`,
  );
  useDeadlineRefresh(view, refresh);
  const ids = { status: `${idPrefix}-status`, alert: `${idPrefix}-alert` };
  const move = useCouncilMove(view.sessionId, view.seq, refresh, ids);
  const { table } = view;
  const bar = (
    <>
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
      <LiveRegion id={ids.status} message={move.status} />
      <LiveRegion id={ids.alert} message={move.error} tone="assertive" className="font-semibold" />
    </>
  );
  return { view, move, bar };
}
