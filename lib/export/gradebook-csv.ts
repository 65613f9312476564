import { bestScore, indexWork } from '@/lib/analytics/assignment-work';
import type { AssignmentRow, AttemptRow, RunRow, StudentRow } from '@/lib/analytics/rows';
import { mean } from '@/lib/analytics/statistics';
import type { CsvCell, CsvTable } from '@/lib/export/csv';
import { toPercent } from '@/lib/export/number-format';

export interface GradebookCsvInput {
  /** Roster order. */
  students: readonly StudentRow[];
  /** Column order. */
  assignments: readonly AssignmentRow[];
  attempts: readonly AttemptRow[];
  runs: readonly RunRow[];
}

/**
 * One row per student: name, username, the best score (%) of each assignment, and a total.
 *
 * Best score: highest score of any submitted attempt or finished, scored run, on time or late;
 * empty when there is none.
 * Total (%) = mean over the *graded* assignments of each one's best score, a missing score
 * counting as 0, on unrounded scores, rounded to one decimal. An assignment is graded when at least
 * one exported student has a score for it: that leaves out unscored scenarios and quizzes nobody
 * has submitted yet, which would otherwise pull everyone down equally. Empty when nothing is graded,
 * and empty for a student with no score at all: "not started" is not a mark of 0 (usability review §20).
 */
export function gradebookCsvRows({ students, assignments, attempts, runs }: GradebookCsvInput): CsvTable {
  const workOf = indexWork(assignments, attempts, runs);
  const scores = students.map((s) => assignments.map((a) => bestScore(workOf(s.studentId, a.id))));
  const graded = assignments.map((_, column) => scores.some((row) => row[column] !== null));

  const rows = students.map((student, i): CsvCell[] => {
    const own = scores[i] ?? [];
    const started = own.some((score) => score !== null);
    const total = started ? mean(own.filter((_, column) => graded[column]).map((score) => score ?? 0)) : null;
    return [
      student.displayName,
      student.username,
      ...own.map((score) => (score === null ? null : toPercent(score))),
      total === null ? null : toPercent(total),
    ];
  });
  return {
    headers: ['Student name', 'Username', ...assignments.map((a) => `${a.title} (best %)`), 'Total (%)'],
    rows,
  };
}
