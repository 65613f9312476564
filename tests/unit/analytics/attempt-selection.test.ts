import { describe, expect, it } from 'vitest';
import { bestSubmittedAttemptByStudent, firstSubmittedAttemptIds } from '@/lib/analytics/attempt-selection';
import { attempt } from './row-builders';

const attempts = [
  attempt({ attemptId: 't1', studentId: 's1', score: 0.4, submittedAt: '2024-10-10T09:00:00Z' }),
  attempt({ attemptId: 't2', studentId: 's1', score: 0.9, submittedAt: '2024-10-11T09:00:00Z' }),
  attempt({ attemptId: 't3', studentId: 's1', score: 0.9, submittedAt: '2024-10-12T09:00:00Z' }),
  attempt({ attemptId: 't4', studentId: 's1', score: 1, submittedAt: null }), // in progress
  attempt({
    attemptId: 't5',
    studentId: 's1',
    assignmentId: 'quiz-2',
    score: 0.1,
    submittedAt: '2024-10-09T09:00:00Z',
  }),
  attempt({ attemptId: 't6', studentId: 's2', score: 0.5, submittedAt: '2024-10-12T09:00:00Z' }),
  attempt({ attemptId: 't7', studentId: 's2', score: 0.5, submittedAt: '2024-10-11T09:00:00Z' }),
  attempt({ attemptId: 't8', studentId: 's3', score: 0, submittedAt: null }),
];

describe('firstSubmittedAttemptIds', () => {
  it('takes the earliest submission per student and assignment', () => {
    // s1/quiz-1: t1 (10th) ; s1/quiz-2: t5 ; s2/quiz-1: t7 (11th, before t6) ; s3: none submitted
    expect([...firstSubmittedAttemptIds(attempts)].sort()).toEqual(['t1', 't5', 't7']);
  });
});

describe('bestSubmittedAttemptByStudent', () => {
  it('takes the highest submitted score, ties to the earliest, ignoring attempts in progress', () => {
    const quiz1 = attempts.filter((a) => a.assignmentId === 'quiz-1');
    const best = bestSubmittedAttemptByStudent(quiz1);
    // s1: t4 (1.0) is unsubmitted; t2 and t3 tie at .9, t2 earlier → t2. s2: tie at .5, t7 earlier.
    expect(best.get('s1')?.attemptId).toBe('t2');
    expect(best.get('s2')?.attemptId).toBe('t7');
    expect(best.has('s3')).toBe(false);
  });
});
