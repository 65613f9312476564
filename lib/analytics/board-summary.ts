import type { BoardCell } from '@/lib/analytics/progress-board';
import { wholePercent } from '@/lib/score/format';

/** How a best score reads at a glance; the word is always shown, the colour only repeats it. */
export type ScoreBand = 'low' | 'medium' | 'high';

export const SCORE_BAND_TEXT: Record<ScoreBand, string> = { low: 'low', medium: 'medium', high: 'high' };

/** Below 50% is low, 80% and above is high: the cut-offs teachers use for "needs help" and "secure". */
export function scoreBand(share: number): ScoreBand {
  const percent = wholePercent(share);
  if (percent < 50) return 'low';
  return percent >= 80 ? 'high' : 'medium';
}

export interface AssignmentSummary {
  assignmentId: string;
  /** Students who finished it, on time or late. */
  finished: number;
  students: number;
  /** Mean of the finished students' best scores; null when nobody has a score. */
  averageScore: number | null;
}

/** Whether a cell has finished work in it (done on time, or submitted late). */
function finished(cell: BoardCell): boolean {
  return cell.status === 'done' || (cell.status === 'late' && cell.lateReason === 'submitted-late');
}

/** One summary per assignment column ("21/29 done · average 71%"), over the rows given. */
export function summariseAssignments(
  assignmentIds: readonly string[],
  rows: readonly { cells: readonly BoardCell[] }[],
): AssignmentSummary[] {
  return assignmentIds.map((assignmentId, column) => {
    const cells = rows.map((r) => r.cells[column]).filter((c): c is BoardCell => c !== undefined);
    const scores = cells.filter(finished).flatMap((c) => (c.bestScore === null ? [] : [c.bestScore]));
    return {
      assignmentId,
      finished: cells.filter(finished).length,
      students: cells.length,
      averageScore: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
    };
  });
}

/**
 * A pupil to check on before the lesson: a low best score on anything, or work overdue. These are
 * the two things a teacher can act on today.
 */
export function needsHelp(cells: readonly BoardCell[]): boolean {
  return cells.some(
    (c) =>
      (c.bestScore !== null && scoreBand(c.bestScore) === 'low') ||
      (c.status === 'late' && c.lateReason === 'overdue'),
  );
}
