import 'server-only';
import { refuse, type TRefusal } from '@/lib/outcome/refusal';
import { db } from '@/lib/db';
import { getModule, loadContent } from '@/lib/content/load';
import { getScenario, loadScenarios } from '@/lib/scenario';
import { cellStatus } from '@/lib/analytics/progress-board';
import { bestScore, indexWork } from '@/lib/analytics/assignment-work';
import type { AssignmentKind, AssignmentRow } from '@/lib/analytics/rows';
import { startRefusal, type FeedbackMode } from '@/lib/assignment/assignment-rules';
import { isReviewOpen } from '@/lib/assignment/attempt-rules';
import type { StudentAssignment } from '@/lib/assignment/student-assignment';
import { termsForPupil, termsView } from '@/lib/assignment/pupil-terms';
import { overrideOf } from './assignment-overrides';
import type { SessionUser } from './users';

export interface NewAssignment {
  kind: 'QUIZ' | 'SCENARIO';
  contentSlug: string;
  releaseAt: Date | null;
  dueAt: Date | null;
  maxAttempts: number | null;
  feedbackMode: FeedbackMode;
  /** Work may start and be handed in after the due date, marked late. */
  acceptLateWork?: boolean;
}

/** What can be assigned: every module's quiz and every scenario, with titles for the form. */
export function assignableContent() {
  return {
    quizzes: loadContent().modules.map((m) => ({ slug: m.id, title: m.title })),
    scenarios: [...loadScenarios().values()].map((s) => ({ slug: s.scenario.slug, title: s.scenario.title })),
  };
}

export function contentTitle(kind: string, slug: string): string {
  if (kind === 'QUIZ') return getModule(slug)?.title ?? slug;
  return getScenario(slug)?.scenario.title ?? slug;
}

export function contentExists(kind: 'QUIZ' | 'SCENARIO', slug: string): boolean {
  return kind === 'QUIZ' ? getModule(slug) !== undefined : getScenario(slug) !== undefined;
}

export type CreateAssignmentResult = { ok: true; id: string } | TRefusal;

export async function createAssignment(
  teacher: SessionUser,
  classId: string,
  input: NewAssignment,
): Promise<CreateAssignmentResult> {
  const cls = await db().class.findFirst({
    where: { id: classId, teacherId: teacher.id, archivedAt: null },
    select: { id: true },
  });
  if (!cls || teacher.role !== 'TEACHER') return refuse('not-found', 'No such class.');
  if (!contentExists(input.kind, input.contentSlug))
    return refuse('invalid', 'That module or scenario does not exist any more.');
  const created = await db().assignment.create({ data: { classId, ...input }, select: { id: true } });
  return { ok: true, id: created.id };
}

export type AssignmentSettings = Pick<
  NewAssignment,
  'releaseAt' | 'dueAt' | 'maxAttempts' | 'feedbackMode' | 'acceptLateWork'
>;

/** One of the teacher's assignments with what the edit form shows; null for anyone else's. */
export async function findTeacherAssignment(teacher: SessionUser, classId: string, assignmentId: string) {
  if (teacher.role !== 'TEACHER') return null;
  const a = await db().assignment.findFirst({
    where: { id: assignmentId, classId, class: { teacherId: teacher.id } },
  });
  return a ? { ...a, title: contentTitle(a.kind, a.contentSlug) } : null;
}

/**
 * Changes an assignment's dates, attempt limit and feedback mode in place, so work already done
 * stays attached to it (deleting and re-assigning would detach it). The new settings apply from
 * now on: a later due date reopens it, a higher limit gives everyone more attempts. Scenarios have
 * no feedback mode; theirs stays PRACTICE.
 */
export async function updateAssignmentSettings(
  teacher: SessionUser,
  assignmentId: string,
  settings: AssignmentSettings,
): Promise<boolean> {
  if (teacher.role !== 'TEACHER') return false;
  const found = await db().assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: teacher.id } },
    select: { kind: true },
  });
  if (!found) return false;
  const { count } = await db().assignment.updateMany({
    where: { id: assignmentId, class: { teacherId: teacher.id } },
    data: { ...settings, feedbackMode: found.kind === 'QUIZ' ? settings.feedbackMode : 'PRACTICE' },
  });
  return count === 1;
}

/** Deletes one of the teacher's assignments; attempts stay with their students (assignmentId set null). */
export async function deleteAssignment(teacher: SessionUser, assignmentId: string): Promise<boolean> {
  const { count } = await db().assignment.deleteMany({
    where: { id: assignmentId, class: { teacherId: teacher.id } },
  });
  return count === 1;
}

/**
 * The assignments of one of the teacher's classes, oldest first; [] for a foreign class. Each says
 * how many students have started work on it, so "Delete" and "Edit" can say whom they affect.
 */
export async function listClassAssignments(teacher: SessionUser, classId: string) {
  const rows = await db().assignment.findMany({
    where: { classId, class: { teacherId: teacher.id } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const ids = rows.map((a) => a.id);
  const [attempts, runs] = await Promise.all([
    db().quizAttempt.findMany({
      where: { assignmentId: { in: ids } },
      select: { assignmentId: true, studentId: true },
      distinct: ['assignmentId', 'studentId'],
    }),
    db().scenarioRun.findMany({
      where: { assignmentId: { in: ids } },
      select: { assignmentId: true, studentId: true },
      distinct: ['assignmentId', 'studentId'],
    }),
  ]);
  const started = new Map<string, Set<string>>();
  for (const w of [...attempts, ...runs]) {
    if (!w.assignmentId) continue;
    const set = started.get(w.assignmentId) ?? new Set<string>();
    set.add(w.studentId);
    started.set(w.assignmentId, set);
  }
  return rows.map((a) => ({
    ...a,
    title: contentTitle(a.kind, a.contentSlug),
    studentsStarted: started.get(a.id)?.size ?? 0,
  }));
}

/** Analytics rows for assignments, titled from content. */
export function toAssignmentRow(a: {
  id: string;
  kind: string;
  contentSlug: string;
  releaseAt: Date | null;
  dueAt: Date | null;
  maxAttempts: number | null;
  acceptLateWork?: boolean;
}): AssignmentRow {
  return {
    id: a.id,
    title: contentTitle(a.kind, a.contentSlug),
    kind: (a.kind === 'QUIZ' ? 'quiz' : 'scenario') satisfies AssignmentKind,
    releaseAt: a.releaseAt?.toISOString() ?? null,
    dueAt: a.dueAt?.toISOString() ?? null,
    maxAttempts: a.maxAttempts,
    acceptLateWork: a.acceptLateWork ?? false,
  };
}

/**
 * The student's released assignments across their active classes, with status, in three queries
 * (assignments, attempts, runs) however many there are.
 */
export async function listStudentAssignments(
  student: SessionUser,
  now = new Date(),
): Promise<StudentAssignment[]> {
  const assignments = await db().assignment.findMany({
    where: {
      class: { archivedAt: null, enrollments: { some: { studentId: student.id } } },
      OR: [{ releaseAt: null }, { releaseAt: { lte: now } }],
    },
    include: { class: { select: { name: true } }, overrides: overrideOf(student.id) },
  });
  if (assignments.length === 0) return [];
  const ids = assignments.map((a) => a.id);
  const [attempts, runs] = await Promise.all([
    db().quizAttempt.findMany({
      where: { studentId: student.id, assignmentId: { in: ids } },
      select: { id: true, assignmentId: true, score: true, maxScore: true, submittedAt: true },
    }),
    db().scenarioRun.findMany({
      where: { studentId: student.id, assignmentId: { in: ids } },
      select: { id: true, assignmentId: true, scenarioSlug: true, endingId: true, endedAt: true },
    }),
  ]);
  const rows = assignments.map(toAssignmentRow);
  const workOf = indexWork(
    rows,
    attempts.map((a) => attemptRow({ ...a, studentId: student.id })),
    runs.map((r) => runRow({ ...r, studentId: student.id })),
  );
  return assignments
    .map((a): StudentAssignment => {
      const items = workOf(student.id, a.id);
      const terms = termsForPupil(a, a.overrides[0]);
      const kind = a.kind === 'QUIZ' ? 'QUIZ' : 'SCENARIO';
      const path = kind === 'QUIZ' ? `/modules/${a.contentSlug}/quiz` : `/scenarios/${a.contentSlug}`;
      return {
        id: a.id,
        kind,
        contentSlug: a.contentSlug,
        title: contentTitle(a.kind, a.contentSlug),
        className: a.class.name,
        href: `${path}?assignment=${encodeURIComponent(a.id)}`,
        dueAt: terms.dueAt,
        status: cellStatus(items, terms.dueAt?.toISOString() ?? null, now).status,
        bestScore: isReviewOpen(a, now) ? bestScore(items) : null,
        scoreWithheld: kind === 'QUIZ' && items.length > 0 && !isReviewOpen(a, now),
        attemptsUsed: items.length,
        maxAttempts: terms.maxAttempts,
        refusal: startRefusal(terms, items.length, now),
        terms: termsView(terms),
      };
    })
    .sort(
      (a, b) =>
        (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title),
    );
}

/** Prisma attempt → analytics row; score as a 0..1 fraction. */
export function attemptRow(a: {
  id: string;
  studentId: string;
  assignmentId: string | null;
  score: number | null;
  maxScore: number | null;
  submittedAt: Date | null;
}) {
  return {
    attemptId: a.id,
    studentId: a.studentId,
    assignmentId: a.assignmentId,
    score: a.score !== null && a.maxScore ? a.score / a.maxScore : 0,
    submittedAt: a.submittedAt?.toISOString() ?? null,
  };
}

/** Prisma run → analytics row; scenarios do not score endings, so score stays null. */
export function runRow(r: {
  id: string;
  studentId: string;
  assignmentId: string | null;
  scenarioSlug: string;
  endingId: string | null;
  endedAt: Date | null;
  currentNodeId?: string | null;
}) {
  return {
    runId: r.id,
    studentId: r.studentId,
    scenarioSlug: r.scenarioSlug,
    assignmentId: r.assignmentId,
    endingId: r.endingId,
    finishedAt: r.endedAt?.toISOString() ?? null,
    currentNodeId: r.currentNodeId ?? null,
    score: null,
  };
}
