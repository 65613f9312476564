import { describe, expect, it } from 'vitest';
import { buildProgressBoard } from '@/lib/analytics/progress-board';
import { filterProgressBoard } from '@/lib/analytics/progress-board-filter';
import { assignments, attempts, boardNow, runs } from './progress-fixtures';

/** The board drawn in progress-fixtures.ts. */
const board = buildProgressBoard({
  studentIds: ['s1', 's2', 's3'],
  assignments,
  attempts,
  runs,
  now: boardNow,
});
const students = (b: typeof board) => b.rows.map((r) => r.studentId);

describe('filterProgressBoard', () => {
  it('keeps students with any cell in a wanted status', () => {
    expect(students(filterProgressBoard(board, { statuses: ['in-progress'] }))).toEqual(['s1', 's2']);
    expect(students(filterProgressBoard(board, { statuses: ['done', 'not-started'] }))).toEqual([
      's1',
      's2',
      's3',
    ]);
  });

  it('lateOnly keeps late students and wins over statuses', () => {
    expect(students(filterProgressBoard(board, { lateOnly: true }))).toEqual(['s2', 's3']);
    expect(students(filterProgressBoard(board, { lateOnly: true, statuses: ['done'] }))).toEqual([
      's2',
      's3',
    ]);
  });

  it('narrows columns and tests statuses only within them', () => {
    // quiz-2 alone: not-started only s3.
    const narrowed = filterProgressBoard(board, { assignmentIds: ['quiz-2'], statuses: ['not-started'] });
    expect(narrowed.assignments.map((a) => a.id)).toEqual(['quiz-2']);
    expect(narrowed.rows).toEqual([
      {
        studentId: 's3',
        cells: [expect.objectContaining({ assignmentId: 'quiz-2', status: 'not-started' })],
      },
    ]);
    // scen-1 alone has nobody late, though s2 and s3 are late on quiz-1.
    expect(filterProgressBoard(board, { assignmentIds: ['scen-1'], lateOnly: true }).rows).toEqual([]);
  });

  it('returns the whole board with an empty filter', () => {
    expect(filterProgressBoard(board, {})).toEqual(board);
  });
});
