import type { AssignmentRow } from '@/lib/analytics/rows';
import { attempt, run } from './row-builders';

/**
 * Shared fixture for the progress board and its filter. At `boardNow` (20 Oct) the board reads:
 *        quiz-1 (due 15 Oct)   scen-1 (due 25 Oct)   quiz-2 (no due date)
 *   s1   done                  done                  in-progress
 *   s2   late                  in-progress           done
 *   s3   late (overdue)        not-started           not-started
 */
export const boardNow = new Date('2024-10-20T12:00:00Z');

export const assignments: AssignmentRow[] = [
  // Due in the past.
  {
    id: 'quiz-1',
    title: 'Article 5',
    kind: 'quiz',
    releaseAt: null,
    dueAt: '2024-10-15T23:59:00Z',
    maxAttempts: 2,
  },
  // Due in the future.
  {
    id: 'scen-1',
    title: 'Open door',
    kind: 'scenario',
    releaseAt: '2024-10-01T00:00:00Z',
    dueAt: '2024-10-25T00:00:00Z',
    maxAttempts: null,
  },
  // No due date.
  { id: 'quiz-2', title: 'Consensus', kind: 'quiz', releaseAt: null, dueAt: null, maxAttempts: 3 },
];

export const attempts = [
  attempt({ attemptId: 't1', studentId: 's1', score: 0.6, submittedAt: '2024-10-14T09:00:00Z' }),
  attempt({ attemptId: 't2', studentId: 's1', score: 0.9, submittedAt: '2024-10-16T09:00:00Z' }), // retake after due
  attempt({ attemptId: 't3', studentId: 's2', score: 0.5, submittedAt: '2024-10-17T09:00:00Z' }), // late
  attempt({ attemptId: 't4', studentId: 's1', assignmentId: 'quiz-2', score: 0.3 }), // in progress
  attempt({
    attemptId: 't5',
    studentId: 's2',
    assignmentId: 'quiz-2',
    score: 0.7,
    submittedAt: '2024-10-19T09:00:00Z',
  }),
  attempt({ attemptId: 't6', studentId: 's9', score: 1, submittedAt: '2024-10-14T09:00:00Z' }), // not on roster
  attempt({
    attemptId: 't7',
    studentId: 's3',
    assignmentId: null,
    score: 1,
    submittedAt: '2024-10-14T09:00:00Z',
  }), // practice
  attempt({
    attemptId: 't8',
    studentId: 's3',
    assignmentId: 'scen-1',
    score: 1,
    submittedAt: '2024-10-14T09:00:00Z',
  }), // wrong kind
];

export const runs = [
  run({
    runId: 'r1',
    studentId: 's1',
    assignmentId: 'scen-1',
    endingId: 'e-1',
    finishedAt: '2024-10-18T09:00:00Z',
  }),
  run({ runId: 'r2', studentId: 's2', assignmentId: 'scen-1', currentNodeId: 'start' }),
  run({
    runId: 'r3',
    studentId: 's3',
    assignmentId: null,
    endingId: 'e-1',
    finishedAt: '2024-10-18T09:00:00Z',
  }), // free play
];
