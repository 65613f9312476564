import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { loadClassReflections, MAX_COMMENT_LENGTH, type TClassReflection } from '@/lib/dal/run-comments';
import { ClassNav } from '@/components/teacher/class-nav';
import { RunCommentForm } from '@/components/teacher/run-comment-form';
import { saveRunCommentAction } from './actions';
import { classTitle } from '../class-title';

export const generateMetadata = classTitle('Reflections');

type Props = {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ names?: string }>;
};

function byScenario(reflections: readonly TClassReflection[]) {
  const groups = new Map<string, TClassReflection[]>();
  for (const r of reflections) groups.set(r.scenarioTitle, [...(groups.get(r.scenarioTitle) ?? []), r]);
  return [...groups.entries()];
}

/**
 * Every pupil's scenario reflection in one place, with a private comment box for each. "Hide names"
 * numbers the pupils and drops the comment boxes, so the page can go on the projector.
 */
export default async function ReflectionsPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const hideNames = (await searchParams).names === 'hidden';
  const teacher = await requireTeacher(`/teacher/classes/${classId}/reflections`);
  const data = await loadClassReflections(teacher, classId);
  if (!data) notFound();
  const here = `/teacher/classes/${classId}/reflections`;
  return (
    <div className="space-y-8">
      <ClassNav classId={classId} className={data.className} current="Reflections" />
      <div className="flex flex-wrap items-center gap-3">
        <p>
          {data.reflections.length === 0
            ? 'No reflections yet: pupils write one at the end of an assigned scenario.'
            : `${data.reflections.length} ${data.reflections.length === 1 ? 'reflection' : 'reflections'}.`}{' '}
          Comments are private: each pupil sees only yours to them, on their run’s page.
        </p>
        {hideNames ? (
          <Link href={here} className="btn-quiet">
            Show names and comments
          </Link>
        ) : (
          <Link href={`${here}?names=hidden`} className="btn-quiet">
            Hide names (for the projector)
          </Link>
        )}
      </div>
      {byScenario(data.reflections).map(([title, group]) => (
        <section key={title} aria-labelledby={`scenario-${group[0]?.scenarioSlug}`} className="space-y-4">
          <h2 id={`scenario-${group[0]?.scenarioSlug}`} className="text-2xl font-semibold">
            {title}
          </h2>
          <ul className="space-y-4">
            {group.map((r, i) => {
              const who = hideNames ? `Pupil ${i + 1}` : r.studentName;
              return (
                <li key={r.runId} className="card space-y-3" data-testid="reflection">
                  <h3 className="text-lg font-semibold">
                    {who}
                    {r.ending ? (
                      <span className="font-normal text-ink-soft"> · ending: {r.ending}</span>
                    ) : null}
                  </h3>
                  <blockquote className="border-l-4 border-line pl-4 whitespace-pre-wrap">
                    {r.reflection}
                  </blockquote>
                  {hideNames ? null : (
                    <RunCommentForm
                      action={saveRunCommentAction}
                      classId={classId}
                      runId={r.runId}
                      studentName={r.studentName}
                      initial={r.comment}
                      maxLength={MAX_COMMENT_LENGTH}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
