import { describe, expect, it } from 'vitest';
import { buildProgressBoard, cellStatus } from '@/lib/analytics/progress-board';
import { assignments, attempts, boardNow, runs } from './progress-fixtures';

const now = boardNow;

describe('buildProgressBoard', () => {
  const board = buildProgressBoard({ studentIds: ['s1', 's2', 's3'], assignments, attempts, runs, now });
  const cell = (studentId: string, assignmentId: string) =>
    board.rows.find((r) => r.studentId === studentId)?.cells.find((c) => c.assignmentId === assignmentId);

  it('keeps roster and assignment order', () => {
    expect(board.rows.map((r) => r.studentId)).toEqual(['s1', 's2', 's3']);
    expect(
      board.rows.every((r) => r.cells.map((c) => c.assignmentId).join() === 'quiz-1,scen-1,quiz-2'),
    ).toBe(true);
  });

  it('judges an extended pupil against their own due date and counts their extra attempts', () => {
    const extendedTo = '2024-10-18T15:00:00.000Z';
    const withOverride = buildProgressBoard({
      studentIds: ['s2', 's3'],
      assignments,
      attempts,
      runs,
      overrides: [
        { assignmentId: 'quiz-1', studentId: 's2', dueAt: '2024-10-30T00:00:00.000Z', extraAttempts: 1 },
        { assignmentId: 'quiz-1', studentId: 's3', dueAt: extendedTo, extraAttempts: 0 },
      ],
      now,
    });
    const [s2, s3] = withOverride.rows.map((r) => r.cells.find((c) => c.assignmentId === 'quiz-1'));
    // s2's only attempt came after the class's date but within theirs: done, and 2 of 3 attempts left.
    expect(s2).toMatchObject({ status: 'done', lateReason: null, attemptsRemaining: 2 });
    expect(s2?.terms).toEqual({
      extendedTo: '2024-10-30T00:00:00.000Z',
      extraAttempts: 1,
      acceptLateWork: false,
    });
    // s3's extension has passed too (now is 20 Oct): still overdue, and the board says to when.
    expect(s3).toMatchObject({ status: 'late', lateReason: 'overdue', terms: { extendedTo } });
  });

  it('quiz-1 (due 15 Oct, now 20 Oct): on time → done, only late → late, nothing → overdue', () => {
    // s1: t1 on time (.6) and t2 late (.9) → done; best .9 counts the late retake; 2 of 2 used
    expect(cell('s1', 'quiz-1')).toEqual({
      assignmentId: 'quiz-1',
      status: 'done',
      lateReason: null,
      bestScore: 0.9,
      attemptCount: 2,
      attemptsRemaining: 0,
      terms: { extendedTo: null, extraAttempts: 0, acceptLateWork: false },
    });
    // s2: only t3, after due → late (submitted-late), best .5, 1 left
    expect(cell('s2', 'quiz-1')).toMatchObject({
      status: 'late',
      lateReason: 'submitted-late',
      bestScore: 0.5,
      attemptsRemaining: 1,
    });
    // s3: nothing (t7 is practice) and past due → late (overdue)
    expect(cell('s3', 'quiz-1')).toMatchObject({
      status: 'late',
      lateReason: 'overdue',
      bestScore: null,
      attemptCount: 0,
    });
  });

  it('scen-1 (due 25 Oct): finished → done, started → in-progress, nothing → not-started', () => {
    expect(cell('s1', 'scen-1')).toMatchObject({
      status: 'done',
      bestScore: null,
      attemptCount: 1,
      attemptsRemaining: null,
    });
    expect(cell('s2', 'scen-1')).toMatchObject({ status: 'in-progress', attemptCount: 1 });
    // s3's free-play run r3 and quiz attempt t8 do not count for the scenario assignment
    expect(cell('s3', 'scen-1')).toMatchObject({ status: 'not-started', lateReason: null, attemptCount: 0 });
  });

  it('quiz-2 (no due date) is never late', () => {
    expect(cell('s1', 'quiz-2')).toMatchObject({
      status: 'in-progress',
      bestScore: null,
      attemptsRemaining: 2,
    });
    expect(cell('s2', 'quiz-2')).toMatchObject({ status: 'done', bestScore: 0.7 });
    expect(cell('s3', 'quiz-2')).toMatchObject({ status: 'not-started', attemptsRemaining: 3 });
  });
});

describe('cellStatus boundaries', () => {
  const due = '2024-10-15T12:00:00Z';
  it('counts a completion exactly at the due instant as on time', () => {
    expect(cellStatus([{ completedAt: due, score: 1 }], due, now).status).toBe('done');
    expect(cellStatus([{ completedAt: '2024-10-15T12:00:01Z', score: 1 }], due, now).lateReason).toBe(
      'submitted-late',
    );
  });

  it('is not overdue at the due instant, and overdue one millisecond later', () => {
    expect(cellStatus([], due, new Date(due)).status).toBe('not-started');
    expect(cellStatus([], due, new Date(Date.parse(due) + 1))).toEqual({
      status: 'late',
      lateReason: 'overdue',
    });
  });

  it('marks unfinished work past due as overdue', () => {
    expect(cellStatus([{ completedAt: null, score: null }], due, now)).toEqual({
      status: 'late',
      lateReason: 'overdue',
    });
  });
});
