'use client';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { CELL_STATUSES, type CellStatus } from '@/lib/analytics/progress-board';
import { filterProgressBoard } from '@/lib/analytics/progress-board-filter';
import type { BoardView } from '@/lib/dal/board';
import { BoardCellView, STATUS_LABEL } from './board-cell';
import { LocalTime } from '@/components/ui/local-time';

const POLL_MS = 5000;

/**
 * The live student × assignment grid. It polls the board's JSON route every few seconds while the
 * tab is visible, so the teacher watches work arrive without reloading; filters apply on the client.
 */
export function ProgressBoard({ initial }: { initial: BoardView }) {
  const [board, setBoard] = useState(initial);
  const [stale, setStale] = useState(false);
  const [status, setStatus] = useState<CellStatus | 'any'>('any');
  const [assignmentId, setAssignmentId] = useState<string>('all');
  const [query, setQuery] = useState('');

  useEffect(() => {
    let cancelled = false;
    const tick = async () => {
      if (document.hidden) return;
      try {
        const res = await fetch(`/api/teacher/classes/${initial.classId}/board`, { cache: 'no-store' });
        if (!res.ok) throw new Error(String(res.status));
        const next = (await res.json()) as BoardView;
        if (!cancelled) {
          setBoard(next);
          setStale(false);
        }
      } catch {
        if (!cancelled) setStale(true);
      }
    };
    const timer = window.setInterval(tick, POLL_MS);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
    };
  }, [initial.classId]);

  const shown = useMemo(() => {
    const filtered = filterProgressBoard(
      {
        assignments: board.assignments,
        rows: board.students.map((s) => ({ studentId: s.id, cells: s.cells })),
      },
      {
        ...(status === 'any' ? {} : { statuses: [status] }),
        ...(assignmentId === 'all' ? {} : { assignmentIds: [assignmentId] }),
      },
    );
    const byId = new Map(board.students.map((s) => [s.id, s]));
    const needle = query.trim().toLowerCase();
    return {
      assignments: filtered.assignments,
      rows: filtered.rows
        .map((row) => ({ ...row, student: byId.get(row.studentId) }))
        .filter(
          (row) =>
            !needle ||
            `${row.student?.displayName ?? ''} ${row.student?.username ?? ''}`.toLowerCase().includes(needle),
        ),
    };
  }, [board, status, assignmentId, query]);

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
            value={status}
            onChange={(e) => setStatus(e.target.value as CellStatus | 'any')}
          >
            <option value="any">any status</option>
            {CELL_STATUSES.map((s) => (
              <option key={s} value={s}>
                something {STATUS_LABEL[s].text}
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
            value={assignmentId}
            onChange={(e) => setAssignmentId(e.target.value)}
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
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </form>
      <p className="text-sm text-[var(--color-ink-soft)]">
        {stale ? (
          <>
            <span aria-hidden="true">⚠ </span>Could not refresh; showing the board as of{' '}
            <LocalTime value={board.generatedAt} form="clock" />.
          </>
        ) : (
          <>
            Refreshes by itself every {POLL_MS / 1000} seconds. Last update{' '}
            <LocalTime value={board.generatedAt} form="clock" />.
          </>
        )}
      </p>
      {board.assignments.length === 0 ? (
        <p>Nothing is assigned to this class yet.</p>
      ) : shown.rows.length === 0 ? (
        <p>No student matches these filters.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Progress of each student on each assignment</caption>
            <thead>
              <tr className="border-b border-[var(--color-line)]">
                <th scope="col" className="py-2 pr-4">
                  Student
                </th>
                {shown.assignments.map((a) => (
                  <th key={a.id} scope="col" className="py-2 pr-4 align-bottom">
                    {a.title}
                    {a.dueAt ? (
                      <span className="block font-normal text-[var(--color-ink-soft)]">
                        due <LocalTime value={a.dueAt} form="day-time" />
                      </span>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((row) => (
                <tr
                  key={row.studentId}
                  className="border-b border-[var(--color-line)] align-top"
                  data-student={row.student?.displayName}
                >
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link
                      className="link"
                      href={`/teacher/classes/${board.classId}/students/${row.studentId}`}
                    >
                      {row.student?.displayName}
                    </Link>
                  </th>
                  {row.cells.map((cell) => (
                    <td key={cell.assignmentId} className="py-2 pr-4">
                      <BoardCellView cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
