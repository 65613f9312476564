import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { getModule, loadContent } from '@/lib/content/load';
import { findTeacherClass } from '@/lib/dal/classes';
import { findRunningLiveSession, listClassLiveSessions } from '@/lib/dal/live';
import { ClassNav } from '@/components/teacher/class-nav';
import { StartLiveForm } from '@/components/live/start-live-form';
import { StartScenarioForm } from '@/components/live/start-scenario-form';
import { getScenario, loadScenarios } from '@/lib/scenario';
import { startLiveAction, startLiveScenarioAction } from './actions';
import { classTitle } from '../class-title';
import { LocalTime } from '@/components/ui/local-time';
import { lessonStatusText } from '@/lib/live/idle';

export const generateMetadata = classTitle('Live lesson');

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ module?: string }> };

/** Start a live lesson: a scenario the class plays together, or a module's questions in a chosen order. */
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
  const titleOf = (slug: string) => getModule(slug)?.title ?? getScenario(slug)?.scenario.title ?? slug;
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
          <section aria-labelledby="start-scenario" className="card space-y-3">
            <h3 id="start-scenario" className="text-xl font-semibold">
              Or play a scenario together
            </h3>
            <p>The class votes on each decision; you advance with the vote, or choose another and say why.</p>
            <StartScenarioForm
              action={startLiveScenarioAction}
              classId={cls.id}
              scenarios={[...loadScenarios().values()].map((l) => ({
                slug: l.scenario.slug,
                title: l.scenario.title,
              }))}
            />
          </section>
          <h3 className="text-xl font-semibold">Or run a module’s questions</h3>
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
                    {titleOf(s.contentSlug)} — <LocalTime value={s.startedAt} form="day-time" />
                  </Link>
                  {s.endedIdle ? ` (${lessonStatusText(s)})` : null}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
