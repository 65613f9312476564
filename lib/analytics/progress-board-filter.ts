import type { CellStatus, ProgressBoard } from '@/lib/analytics/progress-board';

export interface BoardFilter {
  /** Keep students with at least one cell in one of these statuses. */
  statuses?: readonly CellStatus[];
  /** Shorthand for statuses: ['late']; wins over `statuses` when both are given. */
  lateOnly?: boolean;
  /** Keep only these assignment columns (in the board's order); the status test looks only at them. */
  assignmentIds?: readonly string[];
}

/**
 * Narrows a board for "who is late?" style views. Rows are whole students, because the teacher
 * acts on a student; cells keep their column alignment with `assignments`.
 */
export function filterProgressBoard(board: ProgressBoard, filter: BoardFilter): ProgressBoard {
  const columns = filter.assignmentIds ? new Set(filter.assignmentIds) : null;
  const keep = board.assignments.map((a) => columns === null || columns.has(a.id));
  const wanted = filter.lateOnly
    ? new Set<CellStatus>(['late'])
    : filter.statuses
      ? new Set(filter.statuses)
      : null;

  const rows = board.rows
    .map((row) => ({ ...row, cells: row.cells.filter((_, i) => keep[i]) }))
    .filter((row) => wanted === null || row.cells.some((cell) => wanted.has(cell.status)));
  return { assignments: board.assignments.filter((_, i) => keep[i]), rows };
}
