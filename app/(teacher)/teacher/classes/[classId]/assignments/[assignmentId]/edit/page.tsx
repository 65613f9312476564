import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { findTeacherClass } from '@/lib/dal/classes';
import { findTeacherAssignment, listClassAssignments } from '@/lib/dal/assignments';
import { ClassNav } from '@/components/teacher/class-nav';
import { EditAssignmentForm } from '@/components/teacher/edit-assignment-form';
import { editAssignmentAction } from '../../actions';
import { classTitle } from '../../../class-title';

export const generateMetadata = classTitle('Edit assignment');

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

export default async function EditAssignmentPage({ params }: Props) {
  const { classId, assignmentId } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${classId}/assignments/${assignmentId}/edit`);
  const [cls, assignment] = await Promise.all([
    findTeacherClass(teacher, classId),
    findTeacherAssignment(teacher, classId, assignmentId),
  ]);
  if (!cls || !assignment) notFound();
  const started =
    (await listClassAssignments(teacher, classId)).find((a) => a.id === assignmentId)?.studentsStarted ?? 0;
  return (
    <div className="space-y-8">
      <ClassNav
        classId={cls.id}
        className={cls.name}
        current="Assignments"
        archived={cls.archivedAt !== null}
      />
      <section aria-labelledby="edit" className="space-y-4">
        <h2 id="edit" className="text-2xl font-semibold">
          Edit: {assignment.kind === 'QUIZ' ? 'Quiz' : 'Scenario'}: {assignment.title}
        </h2>
        <p>
          {started === 0
            ? 'No student has started it yet.'
            : `${started} ${started === 1 ? 'student has' : 'students have'} started it; their work stays attached.`}{' '}
          Changes apply at once: a later due date reopens it, and a higher limit gives everyone more attempts.
        </p>
        <EditAssignmentForm
          action={editAssignmentAction}
          fields={{ classId: cls.id, assignmentId: assignment.id }}
          kind={assignment.kind === 'QUIZ' ? 'QUIZ' : 'SCENARIO'}
          releaseAt={assignment.releaseAt?.toISOString() ?? null}
          dueAt={assignment.dueAt?.toISOString() ?? null}
          maxAttempts={assignment.maxAttempts}
          acceptLateWork={assignment.acceptLateWork}
          feedbackMode={assignment.feedbackMode}
        />
        <p>
          <Link href={`/teacher/classes/${cls.id}/assignments`} className="link">
            ← Back to assignments
          </Link>
        </p>
      </section>
    </div>
  );
}
