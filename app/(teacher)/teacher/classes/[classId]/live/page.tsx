import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { getModule, loadContent } from '@/lib/content/load';
import { findTeacherClass } from '@/lib/dal/classes';
import { findRunningLiveSession, listClassLiveSessions } from '@/lib/dal/live';
import { ClassNav } from '@/components/teacher/class-nav';
import { StartLiveForm } from '@/components/live/start-live-form';
import { startLiveAction } from './actions';

export const metadata: Metadata = { title: 'Live lesson' };

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ module?: string }> };

/** Start a live lesson from a module's quiz: pick the module, then the questions and their order. */
export default async function LiveStartPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${classId}/live`);
  const cls = await findTeacherClass(teacher, classId);
  if (!cls) notFound();
  const [running, past] = await Promise.all([
    findRunningLiveSession(teacher, cls.id),
    listClassLiveSessions(teacher, cls.id),
  ]);
  const chosen = getModule((await searchParams).module ?? '');
  const titleOf = (slug: string) => getModule(slug)?.title ?? slug;
  return (
    <div className="space-y-10">
      <ClassNav
        classId={cls.id}
        className={cls.name}
        current="Live lesson"
        archived={cls.archivedAt !== null}
      />
      {running ? (
        <section aria-labelledby="running" className="card space-y-3">
          <h2 id="running" className="text-2xl font-semibold">
            Running now: {titleOf(running.contentSlug)}
          </h2>
          <p>Students see “Live now — join” on their home page.</p>
          <Link href={`/teacher/live/${running.id}`} className="btn">
            Open the presenter
          </Link>
        </section>
      ) : cls.archivedAt ? (
        <p>This class is archived; live lessons are off.</p>
      ) : (
        <section aria-labelledby="start" className="space-y-4">
          <h2 id="start" className="text-2xl font-semibold">
            Start a live lesson
          </h2>
          <nav aria-label="Modules">
            <ul className="flex flex-wrap gap-2">
              {loadContent().modules.map((m) => (
                <li key={m.id}>
                  <Link
                    href={`/teacher/classes/${cls.id}/live?module=${m.id}`}
                    aria-current={chosen?.id === m.id ? 'page' : undefined}
                    className={chosen?.id === m.id ? 'btn' : 'btn-quiet'}
                  >
                    {m.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {chosen ? (
            <StartLiveForm
              action={startLiveAction}
              classId={cls.id}
              moduleSlug={chosen.id}
              questions={chosen.questions.map((q) => ({ id: q.id, prompt: q.prompt }))}
            />
          ) : (
            <p>Choose a module to pick its questions.</p>
          )}
        </section>
      )}
      {past.length > 0 ? (
        <section aria-labelledby="past" className="space-y-3">
          <h2 id="past" className="text-2xl font-semibold">
            Past lessons
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {past
              .filter((s) => s.endedAt)
              .map((s) => (
                <li key={s.id}>
                  <Link href={`/teacher/live/${s.id}/report`} className="link">
                    {titleOf(s.contentSlug)} — {s.startedAt.toISOString().slice(0, 10)}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
