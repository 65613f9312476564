import { bestScore, indexWork, type WorkItem } from '@/lib/analytics/assignment-work';
import type { AssignmentRow, AttemptRow, RunRow } from '@/lib/analytics/rows';
import { termsForPupil, termsView, type PupilTermsView } from '@/lib/assignment/pupil-terms';

export type CellStatus = 'not-started' | 'in-progress' | 'done' | 'late';
export const CELL_STATUSES: readonly CellStatus[] = ['not-started', 'in-progress', 'done', 'late'];

/** Why a cell is late: finished only after the due date, or not finished and the due date passed. */
export type LateReason = 'submitted-late' | 'overdue';

export interface BoardCell {
  assignmentId: string;
  status: CellStatus;
  lateReason: LateReason | null;
  /** Best score of any completed attempt or run, on time or not; null when none is scored. */
  bestScore: number | null;
  /** Attempts or runs started, finished or not. */
  attemptCount: number;
  /** Null for unlimited attempts. */
  attemptsRemaining: number | null;
  /** This pupil's extension and extra attempts (late is judged against their own due date). */
  terms: PupilTermsView;
}

/** The teacher's changes for one pupil on one assignment (dates as ISO text). */
export interface BoardOverride {
  assignmentId: string;
  studentId: string;
  dueAt: string | null;
  extraAttempts: number;
}

export interface BoardRow {
  studentId: string;
  /** One cell per board assignment, in the board's assignment order. */
  cells: BoardCell[];
}

export interface ProgressBoard {
  assignments: AssignmentRow[];
  rows: BoardRow[];
}

export interface ProgressBoardInput {
  /** Roster order; work of students not listed is ignored. */
  studentIds: readonly string[];
  assignments: readonly AssignmentRow[];
  attempts: readonly AttemptRow[];
  runs: readonly RunRow[];
  overrides?: readonly BoardOverride[];
  now: Date;
}

/**
 * A cell's status, checked in this order (due = dueAt; no dueAt means never late):
 * - done:        some attempt/run was completed at or before due;
 * - late:        completed only after due ('submitted-late'),
 *                or nothing completed and now is after due ('overdue');
 * - in-progress: something started, nothing completed, not past due;
 * - not-started: nothing started, not past due.
 * Finishing exactly at the due instant is on time, and at the due instant nothing is overdue yet.
 * An on-time completion keeps a cell 'done' even if the student retakes after the due date.
 */
export function cellStatus(
  items: readonly WorkItem[],
  dueAt: string | null,
  now: Date,
): { status: CellStatus; lateReason: LateReason | null } {
  const due = dueAt === null ? Infinity : Date.parse(dueAt);
  const completions = items.flatMap((i) => (i.completedAt === null ? [] : [Date.parse(i.completedAt)]));
  if (completions.some((t) => t <= due)) return { status: 'done', lateReason: null };
  if (completions.length > 0) return { status: 'late', lateReason: 'submitted-late' };
  if (now.getTime() > due) return { status: 'late', lateReason: 'overdue' };
  return { status: items.length > 0 ? 'in-progress' : 'not-started', lateReason: null };
}

/** The teacher's student × assignment grid. */
export function buildProgressBoard({
  studentIds,
  assignments,
  attempts,
  runs,
  overrides = [],
  now,
}: ProgressBoardInput): ProgressBoard {
  const workOf = indexWork(assignments, attempts, runs);
  const overrideOf = new Map(overrides.map((o) => [`${o.studentId} ${o.assignmentId}`, o]));
  const date = (iso: string | null) => (iso === null ? null : new Date(iso));
  return {
    assignments: [...assignments],
    rows: [...new Set(studentIds)].map((studentId) => ({
      studentId,
      cells: assignments.map((assignment): BoardCell => {
        const items = workOf(studentId, assignment.id);
        const override = overrideOf.get(`${studentId} ${assignment.id}`);
        const terms = termsForPupil(
          { ...assignment, releaseAt: date(assignment.releaseAt), dueAt: date(assignment.dueAt) },
          override ? { dueAt: date(override.dueAt), extraAttempts: override.extraAttempts } : null,
        );
        return {
          assignmentId: assignment.id,
          ...cellStatus(items, terms.dueAt?.toISOString() ?? null, now),
          bestScore: bestScore(items),
          attemptCount: items.length,
          attemptsRemaining:
            terms.maxAttempts === null ? null : Math.max(0, terms.maxAttempts - items.length),
          terms: termsView(terms),
        };
      }),
    })),
  };
}
