import { describe, expect, it } from 'vitest';
import type { AssignmentRow, StudentRow } from '@/lib/analytics/rows';
import { toCsv } from '@/lib/export/csv';
import { gradebookCsvRows } from '@/lib/export/gradebook-csv';
import { attempt, run } from '../analytics/row-builders';

const students: StudentRow[] = [
  { studentId: 's1', displayName: 'Олена Коваленко', username: 'olena.k' },
  { studentId: 's2', displayName: 'Sam Taylor', username: 'sam' },
  { studentId: 's3', displayName: 'Ірина', username: null },
];

const assignment = (id: string, title: string, kind: AssignmentRow['kind']): AssignmentRow => ({
  id,
  title,
  kind,
  releaseAt: null,
  dueAt: '2024-10-15T00:00:00Z',
  maxAttempts: null,
});
const assignments = [
  assignment('a5', 'Article 5, borders', 'quiz'),
  assignment('open-door', 'Open door', 'scenario'), // unscored runs → not graded
  assignment('consensus', 'Consensus', 'quiz'), // nobody submitted → not graded
  assignment('enlarge', 'Enlargement', 'quiz'),
  assignment('scored', 'Bucharest 2008', 'scenario'), // runs carry scores → graded
];

const attempts = [
  attempt({
    attemptId: 't1',
    studentId: 's1',
    assignmentId: 'a5',
    score: 0.6,
    submittedAt: '2024-10-10T00:00:00Z',
  }),
  attempt({
    attemptId: 't2',
    studentId: 's1',
    assignmentId: 'a5',
    score: 0.9,
    submittedAt: '2024-10-20T00:00:00Z',
  }),
  attempt({
    attemptId: 't3',
    studentId: 's2',
    assignmentId: 'a5',
    score: 2 / 3,
    submittedAt: '2024-10-10T00:00:00Z',
  }),
  attempt({
    attemptId: 't4',
    studentId: 's2',
    assignmentId: 'enlarge',
    score: 0.5,
    submittedAt: '2024-10-10T00:00:00Z',
  }),
  attempt({ attemptId: 't5', studentId: 's3', assignmentId: 'consensus', score: 1 }), // not submitted
];
const runs = [
  run({
    runId: 'r1',
    studentId: 's1',
    assignmentId: 'open-door',
    endingId: 'e',
    finishedAt: '2024-10-10T00:00:00Z',
  }),
  run({
    runId: 'r2',
    studentId: 's1',
    assignmentId: 'scored',
    endingId: 'e',
    finishedAt: '2024-10-10T00:00:00Z',
    score: 0.8,
  }),
  run({ runId: 'r3', studentId: 's2', assignmentId: 'scored', score: 1 }), // unfinished: its score does not count
];

describe('gradebookCsvRows', () => {
  const table = gradebookCsvRows({ students, assignments, attempts, runs });

  it('has a column per assignment and a total', () => {
    expect(table.headers).toEqual([
      'Student name',
      'Username',
      'Article 5, borders (best %)',
      'Open door (best %)',
      'Consensus (best %)',
      'Enlargement (best %)',
      'Bucharest 2008 (best %)',
      'Total (%)',
    ]);
  });

  it('reports best scores and the mean over graded assignments with missing as 0', () => {
    // Graded: a5, enlarge, scored (someone has a score); open-door and consensus are not.
    // s1: a5 max(.6,.9) = 90 (late retake counts); enlarge —; scored 80 → total (.9+0+.8)/3 = .5667 → 56.7
    // s2: a5 2/3 → 66.7; enlarge 50; scored — (r3 unfinished) → total (.6667+.5+0)/3 = .3889 → 38.9
    // s3: nothing → total empty (not started is not 0)
    expect(table.rows).toEqual([
      ['Олена Коваленко', 'olena.k', 90, null, null, null, 80, 56.7],
      ['Sam Taylor', 'sam', 66.7, null, null, 50, null, 38.9],
      ['Ірина', null, null, null, null, null, null, null],
    ]);
  });

  it('leaves the total empty when nothing is graded', () => {
    const ungraded = gradebookCsvRows({ students, assignments: [assignments[1]!], attempts, runs });
    expect(ungraded.rows[0]).toEqual(['Олена Коваленко', 'olena.k', null, null]);
  });

  it('renders to CSV with a quoted comma in a title and Cyrillic names intact', () => {
    const lines = toCsv(table.headers, table.rows).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFStudent name,Username,"Article 5, borders (best %)",Open door (best %),Consensus (best %),Enlargement (best %),Bucharest 2008 (best %),Total (%)',
    );
    expect(lines[1]).toBe('Олена Коваленко,olena.k,90,,,,80,56.7');
    expect(lines[3]).toBe('Ірина,,,,,,,');
  });
});
