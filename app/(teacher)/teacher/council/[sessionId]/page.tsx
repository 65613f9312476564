import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { getCouncilPresenterView } from '@/lib/dal/council-views';
import { CouncilPresenter } from '@/components/council/council-presenter';
import { teacherPageTitle } from '@/app/(teacher)/teacher-title';

export const generateMetadata = teacherPageTitle('The Council — presenter');

type Props = { params: Promise<{ sessionId: string }> };

export default async function CouncilPresenterPage({ params }: Props) {
  const { sessionId } = await params;
  const teacher = await requireTeacher(`/teacher/council/${sessionId}`);
  if (sessionId.length > 64) notFound();
  const view = await getCouncilPresenterView(teacher, sessionId);
  if (!view.ok) notFound();
  return <CouncilPresenter initial={view.value} />;
}
