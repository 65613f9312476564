import 'server-only';
import { db } from '@/lib/db';
import { createAssignment, type CreateAssignmentResult } from './assignments';
import type { SessionUser } from './users';

/**
 * Assigns a module's quiz from its preview as practice with no dates. If the class already has this
 * quiz assigned, that assignment is the answer: a double click or a second visit adds nothing twice.
 */
export async function assignFromPreview(
  teacher: SessionUser,
  classId: string,
  slug: string,
): Promise<CreateAssignmentResult> {
  if (teacher.role !== 'TEACHER') return { ok: false, reason: 'class' };
  const existing = await db().assignment.findFirst({
    where: { classId, kind: 'QUIZ', contentSlug: slug, class: { teacherId: teacher.id, archivedAt: null } },
    select: { id: true },
  });
  if (existing) return { ok: true, id: existing.id };
  return createAssignment(teacher, classId, {
    kind: 'QUIZ',
    contentSlug: slug,
    releaseAt: null,
    dueAt: null,
    maxAttempts: null,
    feedbackMode: 'PRACTICE',
  });
}
