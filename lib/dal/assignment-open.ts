import 'server-only';
import { listStudentAssignments } from './assignments';
import type { StudentAssignment } from '@/lib/assignment/student-assignment';
import type { SessionUser } from './users';

/**
 * The student's assigned quizzes for one module that work can go towards now: open to start, or
 * with an attempt in progress. A quiz taken from the module's own page belongs to one of these, so
 * the work counts on the teacher's board, in the gradebook and in analytics alike.
 */
export async function openQuizAssignments(
  student: SessionUser,
  slug: string,
  now = new Date(),
): Promise<StudentAssignment[]> {
  if (student.role !== 'STUDENT') return [];
  const all = await listStudentAssignments(student, now);
  return all.filter(
    (a) => a.kind === 'QUIZ' && a.contentSlug === slug && (a.refusal === null || a.status === 'in-progress'),
  );
}

/** What the module page's start button needs, as JSON (no scores, nothing per question). */
