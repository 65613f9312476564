import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { findTeacherClass } from '@/lib/dal/classes';
import { assignableContent, listClassAssignments } from '@/lib/dal/assignments';
import { FEEDBACK_MODE_LABEL, type FeedbackMode } from '@/lib/assignment/assignment-rules';
import { ClassNav } from '@/components/teacher/class-nav';
import { AssignmentForm } from '@/components/teacher/assignment-form';
import { LocalTime } from '@/components/ui/local-time';
import { ConfirmAction } from '@/components/teacher/confirm-action';
import { createAssignmentAction, deleteAssignmentAction } from './actions';
import { classTitle } from '../class-title';

export const generateMetadata = classTitle('Assignments');

type Props = { params: Promise<{ classId: string }> };

export default async function AssignmentsPage({ params }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${classId}/assignments`);
  const cls = await findTeacherClass(teacher, classId);
  if (!cls) notFound();
  const assignments = await listClassAssignments(teacher, classId);
  const { quizzes, scenarios } = assignableContent();
  return (
    <div className="space-y-10">
      <ClassNav
        classId={cls.id}
        className={cls.name}
        current="Assignments"
        archived={cls.archivedAt !== null}
      />
      <section aria-labelledby="assigned" className="space-y-4">
        <h2 id="assigned" className="text-2xl font-semibold">
          Assigned work
        </h2>
        <p>
          <a className="link" href={`/api/teacher/classes/${cls.id}/gradebook`} download>
            Download the class gradebook (CSV)
          </a>
        </p>
        {assignments.length === 0 ? (
          <p>Nothing assigned yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Assignments of {cls.name}</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-4">
                    Assignment
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Release
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Due
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Attempts
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Feedback
                  </th>
                  <th scope="col" className="py-2">
                    Actions
                  </th>
                </tr>
              </thead>
              <tbody>
                {assignments.map((a) => (
                  <tr key={a.id} className="border-b border-line align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {a.kind === 'QUIZ' ? 'Quiz' : 'Scenario'}: {a.title}
                    </th>
                    <td className="py-2 pr-4">
                      {a.releaseAt ? <LocalTime value={a.releaseAt} showZone /> : 'at once'}
                    </td>
                    <td className="py-2 pr-4">
                      {a.dueAt ? <LocalTime value={a.dueAt} showZone /> : 'no due date'}
                    </td>
                    <td className="py-2 pr-4">{a.maxAttempts ?? 'unlimited'}</td>
                    <td className="py-2 pr-4">
                      {FEEDBACK_MODE_LABEL[a.feedbackMode as FeedbackMode] ?? a.feedbackMode}
                    </td>
                    <td className="flex flex-wrap gap-2 py-2">
                      {a.kind === 'QUIZ' ? (
                        <a className="btn-quiet" href={`/api/teacher/assignments/${a.id}/csv`} download>
                          CSV<span className="sr-only"> of {a.title}</span>
                        </a>
                      ) : null}
                      <a className="btn-quiet" href={`/teacher/classes/${cls.id}/assignments/${a.id}/edit`}>
                        Edit<span className="sr-only"> {a.title}</span>
                      </a>
                      <ConfirmAction
                        action={deleteAssignmentAction}
                        fields={{ classId: cls.id, assignmentId: a.id }}
                        trigger="Delete"
                        triggerDetail={a.title}
                        title={`Delete the assignment “${a.title}”?`}
                        confirmLabel="Delete assignment"
                      >
                        <p>
                          {a.studentsStarted === 0
                            ? 'No student has started it yet. It disappears from your students’ homes.'
                            : `${a.studentsStarted} ${a.studentsStarted === 1 ? 'student has' : 'students have'} started it. Their results will no longer appear on the board, in analytics for this assignment or in exports; each student keeps their own attempts.`}
                        </p>
                        <p>This cannot be undone.</p>
                      </ConfirmAction>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {cls.archivedAt ? null : (
        <section aria-labelledby="assign" className="space-y-3">
          <h2 id="assign" className="text-2xl font-semibold">
            Assign work
          </h2>
          <AssignmentForm
            action={createAssignmentAction}
            classId={cls.id}
            quizzes={quizzes}
            scenarios={scenarios}
          />
        </section>
      )}
    </div>
  );
}
