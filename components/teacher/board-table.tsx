import Link from 'next/link';
import { SCORE_BAND_TEXT, summariseAssignments } from '@/lib/analytics/board-summary';
import type { BoardCell } from '@/lib/analytics/progress-board';
import type { AssignmentRow } from '@/lib/analytics/rows';
import { percentText } from '@/lib/score/format';
import { BoardCellView } from './board-cell';
import type { BoardStudent } from './board-view';
import { LocalTime } from '@/components/ui/local-time';

type Props = {
  classId: string;
  assignments: readonly AssignmentRow[];
  rows: readonly { student: BoardStudent; cells: readonly BoardCell[]; needsHelp: boolean }[];
};

/**
 * The student × assignment grid with a class summary row under the headings ("21/29 done · average
 * 71%"). Pupils who need help carry a flag in words beside their name. The wrapper is positioned so
 * screen-reader-only text inside cannot widen the page (WCAG 1.4.10).
 */
export function BoardTable({ classId, assignments, rows }: Props) {
  const summaries = summariseAssignments(
    assignments.map((a) => a.id),
    rows,
  );
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Progress of each student on each assignment</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-4">
              Student
            </th>
            {assignments.map((a) => (
              <th key={a.id} scope="col" className="py-2 pr-4 align-bottom">
                {a.title}
                {a.dueAt ? (
                  <span className="block font-normal text-ink-soft">
                    due <LocalTime value={a.dueAt} form="day-time" />
                  </span>
                ) : null}
                {a.acceptLateWork ? (
                  <span className="block font-normal text-ink-soft">Late work accepted</span>
                ) : null}
              </th>
            ))}
          </tr>
          <tr className="border-b-2 border-line bg-panel" data-testid="board-summary">
            <th scope="row" className="py-2 pr-4">
              Class summary
            </th>
            {summaries.map((s) => (
              <td key={s.assignmentId} className="py-2 pr-4">
                <span className="block font-medium">
                  {s.finished}/{s.students} done
                </span>
                <span className="block">
                  {s.averageScore === null ? 'no scores yet' : `average ${percentText(s.averageScore)}`}
                </span>
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.student.id}
              className="border-b border-line align-top"
              data-student={row.student.displayName}
              data-student-id={row.student.id}
            >
              <th scope="row" className="py-2 pr-4 font-medium">
                <Link className="link" href={`/teacher/classes/${classId}/students/${row.student.id}`}>
                  {row.student.displayName}
                </Link>
                {row.needsHelp ? (
                  <span className="block text-xs font-semibold text-bad">
                    <span aria-hidden="true">⚑ </span>needs help
                  </span>
                ) : null}
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
      <p className="mt-2 text-sm text-ink-soft">
        Best scores are marked {SCORE_BAND_TEXT.low} (below 50%), {SCORE_BAND_TEXT.medium} (50–79%) or{' '}
        {SCORE_BAND_TEXT.high} (80% and above). “Needs help” means a low score or overdue work.
      </p>
    </div>
  );
}
