'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BoardView } from '@/lib/analytics/board-view';
import { STATUS_LABEL } from './board-cell';
import { BoardTable } from './board-table';
import { STATUS_CHOICES, visibleBoard, type BoardFilters, type StatusChoice } from './board-view';
import { useBoardPaused } from './live-preference';
import { LocalTime } from '@/components/ui/local-time';

const POLL_MS = 5000;

const CHOICE_TEXT: Record<StatusChoice, string> = {
  any: 'any status',
  'needs-help': 'a low score or overdue work (needs help)',
  'not-started': `something ${STATUS_LABEL['not-started'].text}`,
  'in-progress': `something ${STATUS_LABEL['in-progress'].text}`,
  done: `something ${STATUS_LABEL.done.text}`,
  late: `something ${STATUS_LABEL.late.text}`,
};

/** The student whose row holds keyboard focus, if any. */
function focusedStudentId(): string | null {
  const row = document.activeElement?.closest('[data-student-id]');
  return row?.getAttribute('data-student-id') ?? null;
}

/**
 * The live student × assignment grid. It polls the board's JSON route every few seconds while the tab
 * is visible and live updates are not paused; filters apply on the client. One always-mounted status
 * says how many students show and is the only thing announced: it changes when the count does, when a
 * refresh fails, or when a refresh takes away the row that had focus (focus then moves to it).
 */
export function ProgressBoard({ initial }: { initial: BoardView }) {
  const [board, setBoard] = useState(initial);
  const [stale, setStale] = useState(false);
  const [note, setNote] = useState('');
  const [filters, setFilters] = useState<BoardFilters>({ status: 'any', assignmentId: 'all', query: '' });
  const [paused, setPaused] = useBoardPaused();
  const statusRef = useRef<HTMLParagraphElement>(null);
  // The poll reads the filters of the moment without restarting its timer on every keystroke.
  const filtersRef = useRef(filters);
  useEffect(() => {
    filtersRef.current = filters;
  }, [filters]);

  const refresh = useCallback(async () => {
    try {
      const res = await fetch(`/api/teacher/classes/${initial.classId}/board`, { cache: 'no-store' });
      if (!res.ok) throw new Error(String(res.status));
      const next = (await res.json()) as BoardView;
      const focused = focusedStudentId();
      const stillShown =
        focused === null || visibleBoard(next, filtersRef.current).rows.some((r) => r.student.id === focused);
      setBoard(next);
      setStale(false);
      if (!stillShown) {
        const name = next.students.find((s) => s.id === focused)?.displayName ?? 'A student';
        setNote(`${name} no longer matches the filters after the update, so their row was removed.`);
        // After React has removed the row: focus would otherwise fall to the page's start.
        window.setTimeout(() => statusRef.current?.focus(), 0);
      }
    } catch {
      setStale(true);
    }
  }, [initial.classId]);

  useEffect(() => {
    if (paused) return;
    const timer = window.setInterval(() => {
      if (!document.hidden) void refresh();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [paused, refresh]);

  const shown = useMemo(() => visibleBoard(board, filters), [board, filters]);
  const update = (patch: Partial<BoardFilters>) => {
    setNote('');
    setFilters((f) => ({ ...f, ...patch }));
  };
  const total = board.students.length;

  return (
    <div className="space-y-4">
      <form
        className="flex flex-wrap items-end gap-4"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Filter the board"
      >
        <div>
          <label htmlFor="board-status" className="field-label">
            Show students with
          </label>
          <select
            id="board-status"
            className="field-input"
            value={filters.status}
            onChange={(e) => update({ status: e.target.value as StatusChoice })}
          >
            {STATUS_CHOICES.map((s) => (
              <option key={s} value={s}>
                {CHOICE_TEXT[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="board-assignment" className="field-label">
            Assignment
          </label>
          <select
            id="board-assignment"
            className="field-input"
            value={filters.assignmentId}
            onChange={(e) => update({ assignmentId: e.target.value })}
          >
            <option value="all">all assignments</option>
            {board.assignments.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="board-search" className="field-label">
            Student name
          </label>
          <input
            id="board-search"
            className="field-input"
            value={filters.query}
            onChange={(e) => update({ query: e.target.value })}
          />
        </div>
      </form>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button type="button" className="btn-quiet" aria-pressed={paused} onClick={() => setPaused(!paused)}>
          Pause live updates
        </button>
        <button type="button" className="btn-quiet" onClick={() => void refresh()}>
          Refresh now
        </button>
        <span className="text-ink-soft">
          {paused ? 'Live updates are paused.' : `Refreshes every ${POLL_MS / 1000} seconds.`} Last update{' '}
          <LocalTime value={board.generatedAt} form="clock" />.
        </span>
      </div>
      <p ref={statusRef} tabIndex={-1} role="status" className="font-medium" data-testid="board-status">
        {board.assignments.length === 0
          ? 'Nothing is assigned to this class yet.'
          : shown.rows.length === 0
            ? `No student matches these filters (0 of ${total}).`
            : `Showing ${shown.rows.length} of ${total} students.`}
        {note ? ` ${note}` : ''}
        {stale ? (
          <>
            {' '}
            Could not refresh; showing the board as of <LocalTime value={board.generatedAt} form="clock" />.
          </>
        ) : null}
      </p>
      {board.assignments.length === 0 || shown.rows.length === 0 ? null : (
        <BoardTable classId={board.classId} assignments={shown.assignments} rows={shown.rows} />
      )}
    </div>
  );
}
