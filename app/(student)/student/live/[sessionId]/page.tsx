import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { getStudentLiveView } from '@/lib/dal/live-student';
import { LiveStudent } from '@/components/live/live-student';

export const metadata: Metadata = { title: 'Live lesson' };

type Props = { params: Promise<{ sessionId: string }> };

export default async function StudentLivePage({ params }: Props) {
  const { sessionId } = await params;
  const student = await requireUser(`/student/live/${sessionId}`);
  const view = await getStudentLiveView(student, sessionId);
  if (!view.ok) notFound();
  return (
    <div className="mx-auto max-w-xl">
      <LiveStudent initial={view.value} />
    </div>
  );
}
