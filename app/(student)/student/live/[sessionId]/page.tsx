import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { findStudentLiveSession } from '@/lib/dal/live-answers';
import { getStudentLiveView } from '@/lib/dal/live-student';
import { getScenarioStudentView } from '@/lib/dal/live-scenario-views';
import { LiveStudent } from '@/components/live/live-student';
import { ScenarioStudent } from '@/components/live/scenario-student';

export const metadata: Metadata = { title: 'Live lesson' };

type Props = { params: Promise<{ sessionId: string }> };

export default async function StudentLivePage({ params }: Props) {
  const { sessionId } = await params;
  const student = await requireUser(`/student/live/${sessionId}`);
  const row = await findStudentLiveSession(student, sessionId);
  if (!row) notFound();
  if (row.kind === 'SCENARIO') {
    const view = await getScenarioStudentView(student, sessionId);
    if (!view.ok) notFound();
    return (
      <div className="mx-auto max-w-xl">
        <ScenarioStudent initial={view.value} />
      </div>
    );
  }
  const view = await getStudentLiveView(student, sessionId);
  if (!view.ok) notFound();
  return (
    <div className="mx-auto max-w-xl">
      <LiveStudent initial={view.value} />
    </div>
  );
}
