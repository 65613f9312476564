import 'server-only';
import { db } from '@/lib/db';
import { buildProgressBoard } from '@/lib/analytics/progress-board';
import type { StudentRow } from '@/lib/analytics/rows';
import type { BoardView } from '@/lib/analytics/board-view';
import { attemptRow, runRow, toAssignmentRow } from './assignments';
import { findTeacherClass } from './classes';
import { liveLessonColumns } from './live-columns';
import { compareNames } from '@/lib/roster/name-order';
import type { SessionUser } from './users';

/**
 * Everything the board, the analytics and the exports of one class read, in a fixed number of
 * queries (class, roster, assignments with their per-pupil terms, live lessons, attempts, runs) whatever the class size: 35
 * students × 10 assignments is six queries, not 350. A live lesson is a column like an
 * assignment, its live attempts the work on it. Null when the class is not the teacher's.
 */
export async function loadClassWork(teacher: SessionUser, classId: string) {
  const cls = await findTeacherClass(teacher, classId);
  if (!cls) return null;
  const [enrollments, assigned, live] = await Promise.all([
    db().enrollment.findMany({
      where: { classId },
      select: { student: { select: { id: true, displayName: true, username: true } } },
    }),
    // Each assignment with its per-pupil terms: one query, not one more.
    db().assignment.findMany({
      where: { classId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: {
        overrides: { select: { assignmentId: true, studentId: true, dueAt: true, extraAttempts: true } },
      },
    }),
    liveLessonColumns(classId),
  ]);
  const assignments = [...assigned, ...live];
  const students: StudentRow[] = enrollments
    .map((e) => ({
      studentId: e.student.id,
      displayName: e.student.displayName,
      username: e.student.username,
    }))
    .sort((a, b) => compareNames(a.displayName, b.displayName) || a.studentId.localeCompare(b.studentId));
  const studentIds = students.map((s) => s.studentId);
  const assignmentIds = assigned.map((a) => a.id);
  // Only work done for this class's assignments and live lessons by students still on its roster.
  const workWhere = { assignmentId: { in: assignmentIds }, studentId: { in: studentIds } };
  const overrides = assigned.flatMap((a) => a.overrides);
  const [attempts, runs] = await Promise.all([
    db().quizAttempt.findMany({
      where: {
        OR: [workWhere, { liveSessionId: { in: live.map((l) => l.id) }, studentId: { in: studentIds } }],
      },
      select: {
        id: true,
        studentId: true,
        assignmentId: true,
        liveSessionId: true,
        moduleSlug: true,
        score: true,
        maxScore: true,
        submittedAt: true,
      },
    }),
    db().scenarioRun.findMany({
      where: workWhere,
      select: {
        id: true,
        studentId: true,
        assignmentId: true,
        scenarioSlug: true,
        endingId: true,
        endedAt: true,
      },
    }),
  ]);
  // A live attempt's column is its lesson.
  const columnOf = <T extends { assignmentId: string | null; liveSessionId: string | null }>(a: T) => ({
    ...a,
    assignmentId: a.assignmentId ?? a.liveSessionId,
  });
  return {
    cls,
    students,
    assignments,
    assignmentRows: [...assigned.map(toAssignmentRow), ...live.map((l) => l.row)],
    attempts: attempts.map((a) => attemptRow(columnOf(a))),
    rawAttempts: attempts.map(columnOf),
    runs: runs.map(runRow),
    rawRuns: runs,
    overrides: overrides.map((o) => ({ ...o, dueAt: o.dueAt?.toISOString() ?? null })),
  };
}

/** The board as plain JSON, shared by the page's first render and the polling route handler. */
export async function loadProgressBoard(
  teacher: SessionUser,
  classId: string,
  now = new Date(),
): Promise<BoardView | null> {
  const work = await loadClassWork(teacher, classId);
  if (!work) return null;
  const board = buildProgressBoard({
    studentIds: work.students.map((s) => s.studentId),
    assignments: work.assignmentRows,
    attempts: work.attempts,
    runs: work.runs,
    overrides: work.overrides,
    now,
  });
  const byId = new Map(work.students.map((s) => [s.studentId, s]));
  return {
    classId: work.cls.id,
    className: work.cls.name,
    generatedAt: now.toISOString(),
    assignments: board.assignments,
    students: board.rows.map((row) => {
      const s = byId.get(row.studentId);
      return {
        id: row.studentId,
        displayName: s?.displayName ?? '',
        username: s?.username ?? null,
        cells: row.cells,
      };
    }),
  };
}
