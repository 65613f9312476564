import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { findTeacherLiveSession } from '@/lib/dal/live';
import { getPresenterView } from '@/lib/dal/live-presenter';
import { Presenter } from '@/components/live/presenter';
import { teacherPageTitle } from '@/app/(teacher)/teacher-title';

export const generateMetadata = teacherPageTitle('Live lesson — presenter');

type Props = { params: Promise<{ sessionId: string }> };

export default async function PresenterPage({ params }: Props) {
  const { sessionId } = await params;
  const teacher = await requireTeacher(`/teacher/live/${sessionId}`);
  const [row, view] = await Promise.all([
    findTeacherLiveSession(teacher, sessionId),
    getPresenterView(teacher, sessionId),
  ]);
  if (!row || !view.ok) notFound();
  return <Presenter initial={view.value} classId={row.classId} />;
}
