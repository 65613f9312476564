import type { BoardCell } from './progress-board';
import type { AssignmentRow } from './rows';

/** The teacher's progress board of one class, as the board page and its JSON route hand it to the browser. */
export interface BoardView {
  classId: string;
  className: string;
  generatedAt: string;
  assignments: AssignmentRow[];
  students: { id: string; displayName: string; username: string | null; cells: BoardCell[] }[];
}
