import 'server-only';
import { refuse, type TRefusal } from '@/lib/outcome/refusal';
import { db } from '@/lib/db';
import { getScenario } from '@/lib/scenario';
import { contentTitle } from './assignments';
import { findTeacherClass } from './classes';
import type { SessionUser } from './users';

/** Long enough for a paragraph of feedback; a bound so a request cannot fill the database. */
export const MAX_COMMENT_LENGTH = 2000;

export type TCommentOutcome = { ok: true; saved: 'saved' | 'removed' } | TRefusal;

/** Not this teacher's run, or the pupil left the class: the same as no run at all. */
const NOT_FOUND = refuse('not-found', 'No such run in this class.');

/**
 * The teacher's private comment on one pupil's run. Only for a run set by one of the teacher's own
 * classes that the pupil is still in; anything else is "not found", so a teacher cannot probe other
 * classes' runs. One comment per run, written with an upsert: a double submit saves it once. An empty
 * body removes the comment.
 */
export async function saveRunComment(
  teacher: SessionUser,
  classId: string,
  runId: string,
  body: string,
): Promise<TCommentOutcome> {
  if (teacher.role !== 'TEACHER') return NOT_FOUND;
  const run = await db().scenarioRun.findFirst({
    where: {
      id: runId,
      assignment: { classId, class: { teacherId: teacher.id } },
      student: { enrollments: { some: { classId } } },
    },
    select: { id: true },
  });
  if (!run) return NOT_FOUND;
  const text = body.trim().slice(0, MAX_COMMENT_LENGTH);
  if (!text) {
    await db().runComment.deleteMany({ where: { runId: run.id } });
    return { ok: true, saved: 'removed' };
  }
  await db().runComment.upsert({
    where: { runId: run.id },
    create: { runId: run.id, teacherId: teacher.id, body: text },
    update: { body: text, teacherId: teacher.id },
  });
  return { ok: true, saved: 'saved' };
}

/** The comment on the user's own run, with the teacher's name; null when there is none or it is not theirs. */
export async function findOwnRunComment(user: SessionUser, runId: string) {
  const comment = await db().runComment.findFirst({
    where: { runId, run: { studentId: user.id } },
    select: { body: true, updatedAt: true, teacher: { select: { displayName: true } } },
  });
  return comment
    ? { body: comment.body, updatedAt: comment.updatedAt, teacherName: comment.teacher.displayName }
    : null;
}

export type TClassReflection = {
  runId: string;
  studentId: string;
  studentName: string;
  scenarioSlug: string;
  scenarioTitle: string;
  ending: string | null;
  reflection: string;
  endedAt: Date | null;
  comment: string | null;
};

/**
 * Every reflection written in runs of the class's scenario assignments by pupils still in the class,
 * with the teacher's comment on each. One query. Null when the class is not the teacher's.
 */
export async function loadClassReflections(
  teacher: SessionUser,
  classId: string,
): Promise<{ className: string; reflections: TClassReflection[] } | null> {
  const cls = await findTeacherClass(teacher, classId);
  if (!cls) return null;
  const runs = await db().scenarioRun.findMany({
    where: {
      assignment: { classId },
      reflection: { not: null },
      student: { enrollments: { some: { classId } } },
    },
    orderBy: [{ scenarioSlug: 'asc' }, { endedAt: 'asc' }],
    select: {
      id: true,
      scenarioSlug: true,
      endingId: true,
      reflection: true,
      endedAt: true,
      student: { select: { id: true, displayName: true } },
      comment: { select: { body: true } },
    },
  });
  return {
    className: cls.name,
    reflections: runs.map((r) => {
      const ending = r.endingId
        ? getScenario(r.scenarioSlug)?.scenario.nodes.find((n) => n.id === r.endingId)
        : undefined;
      return {
        runId: r.id,
        studentId: r.student.id,
        studentName: r.student.displayName,
        scenarioSlug: r.scenarioSlug,
        scenarioTitle: contentTitle('SCENARIO', r.scenarioSlug),
        ending: r.endingId ? (ending?.title ?? r.endingId) : null,
        reflection: r.reflection ?? '',
        endedAt: r.endedAt,
        comment: r.comment?.body ?? null,
      };
    }),
  };
}
