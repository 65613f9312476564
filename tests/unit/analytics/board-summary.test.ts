import { describe, expect, it } from 'vitest';
import type { BoardCell } from '@/lib/analytics/progress-board';
import { needsHelp, scoreBand, summariseAssignments } from '@/lib/analytics/board-summary';

function cell(over: Partial<BoardCell>): BoardCell {
  return {
    assignmentId: 'a',
    status: 'not-started',
    lateReason: null,
    bestScore: null,
    attemptCount: 0,
    attemptsRemaining: null,
    terms: { extendedTo: null, extraAttempts: 0, acceptLateWork: false },
    ...over,
  };
}

describe('score bands', () => {
  it('reads below 50% as low and 80% and above as high, on the rounded per cent shown', () => {
    expect(scoreBand(0.494)).toBe('low');
    expect(scoreBand(0.495)).toBe('medium'); // shown as 50%
    expect(scoreBand(0.79)).toBe('medium');
    expect(scoreBand(0.8)).toBe('high');
  });
});

describe('per-assignment summary row', () => {
  it('counts finished work (on time or late) and averages the finished best scores', () => {
    const rows = [
      { cells: [cell({ status: 'done', bestScore: 1 }), cell({ status: 'in-progress' })] },
      {
        cells: [
          cell({ status: 'late', lateReason: 'submitted-late', bestScore: 0.5 }),
          cell({ status: 'late', lateReason: 'overdue' }),
        ],
      },
      { cells: [cell({ status: 'not-started' }), cell({ status: 'done', bestScore: null })] },
    ];
    expect(summariseAssignments(['quiz', 'scenario'], rows)).toEqual([
      { assignmentId: 'quiz', finished: 2, students: 3, averageScore: 0.75 },
      { assignmentId: 'scenario', finished: 1, students: 3, averageScore: null },
    ]);
  });
});

describe('pupils who need help', () => {
  it('flags a low best score or overdue work, and nothing else', () => {
    expect(needsHelp([cell({ status: 'done', bestScore: 0.4 })])).toBe(true);
    expect(needsHelp([cell({ status: 'late', lateReason: 'overdue' })])).toBe(true);
    expect(needsHelp([cell({ status: 'late', lateReason: 'submitted-late', bestScore: 0.9 })])).toBe(false);
    expect(needsHelp([cell({ status: 'in-progress' }), cell({ status: 'done', bestScore: 0.6 })])).toBe(
      false,
    );
  });
});
