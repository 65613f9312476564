import { needsHelp } from '@/lib/analytics/board-summary';
import { CELL_STATUSES, type BoardCell, type CellStatus } from '@/lib/analytics/progress-board';
import { filterProgressBoard } from '@/lib/analytics/progress-board-filter';
import type { AssignmentRow } from '@/lib/analytics/rows';

export type BoardStudent = { id: string; displayName: string; username: string | null; cells: BoardCell[] };
export type BoardData = { assignments: AssignmentRow[]; students: BoardStudent[] };

/** "any", a cell status, or the pupils who need help. */
export type StatusChoice = CellStatus | 'any' | 'needs-help';
export const STATUS_CHOICES: readonly StatusChoice[] = ['any', 'needs-help', ...CELL_STATUSES];

export type BoardFilters = { status: StatusChoice; assignmentId: string; query: string };

/** The columns and rows the filters leave, for the table and for "Showing n of m students". */
export function visibleBoard(board: BoardData, filters: BoardFilters) {
  const { status, assignmentId, query } = filters;
  const filtered = filterProgressBoard(
    {
      assignments: board.assignments,
      rows: board.students.map((s) => ({ studentId: s.id, cells: s.cells })),
    },
    {
      ...(status === 'any' || status === 'needs-help' ? {} : { statuses: [status] }),
      ...(assignmentId === 'all' ? {} : { assignmentIds: [assignmentId] }),
    },
  );
  const byId = new Map(board.students.map((s) => [s.id, s]));
  const needle = query.trim().toLowerCase();
  const rows = filtered.rows.flatMap((row) => {
    const student = byId.get(row.studentId);
    if (!student) return [];
    if (needle && !`${student.displayName} ${student.username ?? ''}`.toLowerCase().includes(needle))
      return [];
    const help = needsHelp(row.cells);
    if (status === 'needs-help' && !help) return [];
    return [{ student, cells: row.cells, needsHelp: help }];
  });
  return { assignments: filtered.assignments, rows };
}
