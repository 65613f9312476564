import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { findTeacherLiveSession } from '@/lib/dal/live';
import { getPresenterView } from '@/lib/dal/live-presenter';
import { getScenarioPresenterView } from '@/lib/dal/live-scenario-views';
import { Presenter } from '@/components/live/presenter';
import { ScenarioPresenter } from '@/components/live/scenario-presenter';
import { teacherPageTitle } from '@/app/(teacher)/teacher-title';

export const generateMetadata = teacherPageTitle('Live lesson — presenter');

type Props = { params: Promise<{ sessionId: string }> };

export default async function PresenterPage({ params }: Props) {
  const { sessionId } = await params;
  const teacher = await requireTeacher(`/teacher/live/${sessionId}`);
  const row = await findTeacherLiveSession(teacher, sessionId);
  if (!row) notFound();
  if (row.kind === 'SCENARIO') {
    const view = await getScenarioPresenterView(teacher, sessionId);
    if (!view.ok) notFound();
    return <ScenarioPresenter initial={view.value} classId={row.classId} />;
  }
  const view = await getPresenterView(teacher, sessionId);
  if (!view.ok) notFound();
  return <Presenter initial={view.value} classId={row.classId} />;
}
