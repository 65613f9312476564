import { cache } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCurrentUser, requireTeacher } from '@/lib/auth/session';
import { teacherTitle } from '@/app/(teacher)/teacher-title';
import { loadStudentWork } from '@/lib/dal/board-student';
import { LocalTime } from '@/components/ui/local-time';
import { AttemptAnswers } from '@/components/teacher/attempt-answers';
import { scoreText } from '@/lib/score/format';
import { MAX_COMMENT_LENGTH } from '@/lib/dal/run-comments';
import { RunCommentForm } from '@/components/teacher/run-comment-form';
import { saveRunCommentAction } from '../../reflections/actions';
import { listPupilTerms } from '@/lib/dal/assignment-overrides';
import { contentTitle } from '@/lib/dal/assignments';
import { PupilTermsForm } from '@/components/teacher/pupil-terms-form';
import { savePupilTermsAction } from './actions';

type Props = { params: Promise<{ classId: string; studentId: string }> };

/** One load per request, shared by the title and the page (React's cache keys on the ids). */
const studentWork = cache(async (classId: string, studentId: string) => {
  const teacher = await requireTeacher(`/teacher/classes/${classId}/students/${studentId}`);
  return loadStudentWork(teacher, classId, studentId);
});

/** The title names the student and the class (WCAG 2.4.2, review L1). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId, studentId } = await params;
  const user = await getCurrentUser();
  if (!user || user.role !== 'TEACHER') return teacherTitle('Student work');
  const work = await studentWork(classId, studentId);
  if (!work) notFound();
  return { title: `${work.student.displayName} · Student work · ${work.className}` };
}

export default async function StudentWorkPage({ params }: Props) {
  const { classId, studentId } = await params;
  const work = await studentWork(classId, studentId);
  if (!work) notFound();
  const teacher = await requireTeacher(`/teacher/classes/${classId}/students/${studentId}`);
  const terms = (await listPupilTerms(teacher, classId, studentId)) ?? [];
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href={`/teacher/classes/${classId}/board`} className="link">
            ← Progress board of {work.className}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{work.student.displayName}</h1>
        {work.student.username ? <p className="font-mono text-ink-soft">{work.student.username}</p> : null}
      </div>

      {terms.length > 0 ? (
        <section aria-labelledby="terms" className="space-y-4">
          <h2 id="terms" className="text-2xl font-semibold">
            Extensions and extra attempts
          </h2>
          {terms.map((a) => {
            const title = contentTitle(a.kind, a.contentSlug);
            const own = a.overrides[0];
            return (
              <article key={a.id} className="card space-y-2" aria-labelledby={`terms-${a.id}`}>
                <h3 id={`terms-${a.id}`} className="text-xl font-semibold">
                  {title}
                </h3>
                {a.acceptLateWork ? <p className="text-sm">Late work accepted for everyone.</p> : null}
                <PupilTermsForm
                  action={savePupilTermsAction}
                  ids={{ classId, studentId, assignmentId: a.id }}
                  idPrefix={`terms-${a.id}`}
                  studentName={work.student.displayName}
                  title={title}
                  classDueAt={a.dueAt?.toISOString() ?? null}
                  classMaxAttempts={a.maxAttempts}
                  dueAt={own?.dueAt?.toISOString() ?? null}
                  extraAttempts={own?.extraAttempts ?? 0}
                />
              </article>
            );
          })}
        </section>
      ) : null}

      <section aria-labelledby="attempts" className="space-y-4">
        <h2 id="attempts" className="text-2xl font-semibold">
          Quiz attempts ({work.attempts.length})
        </h2>
        {work.attempts.length === 0 ? <p>No quiz attempts for this class yet.</p> : null}
        {work.attempts.map((a, i) => (
          <article key={a.id} className="card space-y-2" aria-labelledby={`attempt-${a.id}`}>
            <h3 id={`attempt-${a.id}`} className="text-xl font-semibold">
              {a.title} — attempt {i + 1}
            </h3>
            <p>
              Started <LocalTime value={a.startedAt} form="day-time" />.{' '}
              {a.submittedAt ? (
                <>
                  Submitted <LocalTime value={a.submittedAt} form="day-time" />, score{' '}
                  {scoreText(a.score ?? 0, a.maxScore ?? 0)}.
                </>
              ) : (
                'Not submitted yet.'
              )}
            </p>
            <AttemptAnswers
              rows={a.questions}
              caption={`Answers in attempt ${i + 1} of ${a.title}`}
              submitted={a.submittedAt !== null}
            />
          </article>
        ))}
      </section>

      <section aria-labelledby="runs" className="space-y-4">
        <h2 id="runs" className="text-2xl font-semibold">
          Scenario runs ({work.runs.length})
        </h2>
        {work.runs.length === 0 ? <p>No scenario runs for this class yet.</p> : null}
        {work.runs.map((r, i) => (
          <article key={r.id} className="card space-y-2" aria-labelledby={`run-${r.id}`}>
            <h3 id={`run-${r.id}`} className="text-xl font-semibold">
              {r.title} — run {i + 1}
            </h3>
            <p>
              {r.ending ? (
                <>
                  Ending reached: <strong>{r.ending}</strong>.
                </>
              ) : (
                'Not finished yet.'
              )}
            </p>
            {r.decisions.length > 0 ? (
              <ol className="list-decimal pl-6">
                {r.decisions.map((d) => (
                  <li key={d.step}>
                    {d.node}: <em>{d.choice}</em>
                  </li>
                ))}
              </ol>
            ) : null}
            <div>
              <h4 className="font-semibold">Reflection</h4>
              <p className="whitespace-pre-wrap">{r.reflection ?? 'No reflection written.'}</p>
            </div>
            {r.reflection ? (
              <RunCommentForm
                action={saveRunCommentAction}
                classId={classId}
                runId={r.id}
                studentName={work.student.displayName}
                initial={r.comment}
                maxLength={MAX_COMMENT_LENGTH}
              />
            ) : null}
          </article>
        ))}
      </section>
    </div>
  );
}
