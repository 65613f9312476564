import { compareIds, orderIds } from '@/lib/analytics/id-order';
import type { ResponseRow } from '@/lib/analytics/rows';

export interface MisconceptionPriority {
  misconceptionId: string;
  /** Distinct students with at least one response revealing it. */
  studentCount: number;
  /** Responses revealing it (a response counts once even if two chosen options carry the tag). */
  occurrences: number;
  /** Distinct students who revealed it at least once while saying they were sure. */
  confidentWrongStudentCount: number;
  /** Σ over its students of (weight if confidently wrong at least once, else 1). */
  weightedStudents: number;
  /** Σ over its responses of (weight if answered 'sure' and not correct, else 1). */
  weightedOccurrences: number;
  studentIds: string[];
  /** Questions where it appeared, sorted. */
  questionIds: string[];
}

export interface RankOptions {
  /**
   * Weight (≥ 1) of a student or response that was wrong while 'sure'. A confident wrong answer
   * shows a belief the student holds, not a guess, so it is the one to address first. The default
   * 1 gives the plain ranking by distinct students.
   */
  confidentWrongWeight?: number;
}

/** One response revealing one misconception; each (response, misconception) pair appears once. */
interface Sighting {
  misconceptionId: string;
  response: ResponseRow;
}

function sightings(responses: readonly ResponseRow[]): Sighting[] {
  return responses.flatMap((response) =>
    [...new Set(response.misconceptionIds)].map((misconceptionId) => ({ misconceptionId, response })),
  );
}

function isConfidentWrong(r: ResponseRow): boolean {
  return r.confidence === 'sure' && !r.correct;
}

/**
 * "Address before next lesson": misconceptions ranked by weightedStudents, then
 * weightedOccurrences, then id. With the default weight that is distinct students, then total
 * occurrences, then id.
 */
export function rankMisconceptions(
  responses: readonly ResponseRow[],
  { confidentWrongWeight = 1 }: RankOptions = {},
): MisconceptionPriority[] {
  if (!(confidentWrongWeight >= 1 && Number.isFinite(confidentWrongWeight)))
    throw new RangeError('confidentWrongWeight must be a finite number ≥ 1');
  const byMisconception = new Map<string, ResponseRow[]>();
  for (const { misconceptionId, response } of sightings(responses)) {
    const list = byMisconception.get(misconceptionId);
    if (list) list.push(response);
    else byMisconception.set(misconceptionId, [response]);
  }
  const weightOf = (confident: boolean) => (confident ? confidentWrongWeight : 1);

  const ranked = [...byMisconception].map(([misconceptionId, revealing]): MisconceptionPriority => {
    const studentIds = [...new Set(revealing.map((r) => r.studentId))].sort(compareIds);
    const confidentStudents = new Set(revealing.filter(isConfidentWrong).map((r) => r.studentId));
    return {
      misconceptionId,
      studentCount: studentIds.length,
      occurrences: revealing.length,
      confidentWrongStudentCount: confidentStudents.size,
      weightedStudents: studentIds.reduce((sum, id) => sum + weightOf(confidentStudents.has(id)), 0),
      weightedOccurrences: revealing.reduce((sum, r) => sum + weightOf(isConfidentWrong(r)), 0),
      studentIds,
      questionIds: [...new Set(revealing.map((r) => r.questionId))].sort(compareIds),
    };
  });
  return ranked.sort(
    (a, b) =>
      b.weightedStudents - a.weightedStudents ||
      b.weightedOccurrences - a.weightedOccurrences ||
      compareIds(a.misconceptionId, b.misconceptionId),
  );
}

/** counts[row][column]; a plain matrix so it serialises to a client chart and a table alike. */
export interface Heatmap {
  rowIds: string[];
  columnIds: string[];
  counts: number[][];
}

export interface HeatmapOptions {
  /** Column order for the student heatmap (e.g. the roster by name); students with no sightings get zeros. */
  studentIds?: readonly string[];
  /** Column order for the question heatmap (e.g. quiz order). */
  questionIds?: readonly string[];
}

/**
 * Misconception × student and misconception × question counts of revealing responses. Rows follow
 * the unweighted rankMisconceptions order so the most widespread misconception is the top row.
 */
export function misconceptionHeatmaps(
  responses: readonly ResponseRow[],
  { studentIds = [], questionIds = [] }: HeatmapOptions = {},
): { byStudent: Heatmap; byQuestion: Heatmap } {
  const rowIds = rankMisconceptions(responses).map((m) => m.misconceptionId);
  const seen = sightings(responses);
  const matrix = (preferred: readonly string[], column: (r: ResponseRow) => string): Heatmap => {
    const columnIds = orderIds(
      preferred,
      seen.map((s) => column(s.response)),
    );
    const rowIndex = new Map(rowIds.map((id, i) => [id, i]));
    const columnIndex = new Map(columnIds.map((id, i) => [id, i]));
    const counts = rowIds.map(() => columnIds.map(() => 0));
    for (const s of seen) {
      const row = counts[rowIndex.get(s.misconceptionId) ?? -1];
      const c = columnIndex.get(column(s.response)) ?? -1;
      if (row && c >= 0) row[c] = (row[c] ?? 0) + 1;
    }
    return { rowIds, columnIds, counts };
  };
  return {
    byStudent: matrix(studentIds, (r) => r.studentId),
    byQuestion: matrix(questionIds, (r) => r.questionId),
  };
}
