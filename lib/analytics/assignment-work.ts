import type { AssignmentRow, AttemptRow, RunRow } from '@/lib/analytics/rows';

/** A quiz attempt or a scenario run, reduced to what progress and grades need. */
export interface WorkItem {
  /** Submission time of an attempt, end time of a run; null while unfinished. */
  completedAt: string | null;
  /** 0..1 once completed and scored; null otherwise (and for unscored scenarios). */
  score: number | null;
}

function key(studentId: string, assignmentId: string): string {
  return `${studentId}\u0000${assignmentId}`;
}

/**
 * Indexes attempts (for quiz assignments) and runs (for scenario assignments) by student and
 * assignment once, so a board of 35 × 10 cells is one pass over the rows, not 350.
 */
export function indexWork(
  assignments: readonly AssignmentRow[],
  attempts: readonly AttemptRow[],
  runs: readonly RunRow[],
): (studentId: string, assignmentId: string) => WorkItem[] {
  const kinds = new Map(assignments.map((a) => [a.id, a.kind]));
  const index = new Map<string, WorkItem[]>();
  const add = (studentId: string, assignmentId: string, item: WorkItem) => {
    const list = index.get(key(studentId, assignmentId));
    if (list) list.push(item);
    else index.set(key(studentId, assignmentId), [item]);
  };
  for (const a of attempts) {
    if (a.assignmentId === null || kinds.get(a.assignmentId) !== 'quiz') continue;
    add(a.studentId, a.assignmentId, {
      completedAt: a.submittedAt,
      score: a.submittedAt === null ? null : a.score,
    });
  }
  for (const r of runs) {
    if (r.assignmentId === null || kinds.get(r.assignmentId) !== 'scenario') continue;
    add(r.studentId, r.assignmentId, {
      completedAt: r.finishedAt,
      score: r.finishedAt === null ? null : (r.score ?? null),
    });
  }
  return (studentId, assignmentId) => index.get(key(studentId, assignmentId)) ?? [];
}

/** Highest score of the completed work, whenever it was completed; null when none is scored. */
export function bestScore(items: readonly WorkItem[]): number | null {
  const scores = items.map((i) => i.score).filter((s): s is number => s !== null);
  return scores.length === 0 ? null : Math.max(...scores);
}
