import 'server-only';
import { db } from '@/lib/db';
import { createAssignment, type CreateAssignmentResult } from './assignments';
import type { SessionUser } from './users';
import { refuse } from '@/lib/outcome/refusal';

const NOT_YOURS = refuse('forbidden', 'That class is not one of your current classes.');

/**
 * Assigns a module's quiz from its preview as practice with no dates. If the class already has this
 * quiz assigned, that assignment is the answer: a double click or a second visit adds nothing twice.
 */
export async function assignFromPreview(
  teacher: SessionUser,
  classId: string,
  slug: string,
): Promise<CreateAssignmentResult> {
  if (teacher.role !== 'TEACHER') return NOT_YOURS;
  const existing = await db().assignment.findFirst({
    where: { classId, kind: 'QUIZ', contentSlug: slug, class: { teacherId: teacher.id, archivedAt: null } },
    select: { id: true },
  });
  if (existing) return { ok: true, id: existing.id };
  const created = await createAssignment(teacher, classId, {
    kind: 'QUIZ',
    contentSlug: slug,
    releaseAt: null,
    dueAt: null,
    maxAttempts: null,
    feedbackMode: 'PRACTICE',
  });
  if (created.ok) return created;
  // Chosen from a list of the teacher's classes: one not (or no longer) theirs is a choice to correct.
  return created.kind === 'not-found' ? NOT_YOURS : refuse('invalid', 'That module has no quiz to assign.');
}
