import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { findOwnCouncilReflection } from '@/lib/dal/council-reflections';
import { getCouncilPhoneView } from '@/lib/dal/council-views';
import { CouncilPhone } from '@/components/council/council-phone';
import { ReflectionForm } from '@/components/council/reflection-form';
import { saveCouncilReflectionAction } from './actions';

export const metadata: Metadata = { title: 'The Council' };

type Props = { params: Promise<{ sessionId: string }> };

export default async function StudentCouncilPage({ params }: Props) {
  const { sessionId } = await params;
  const student = await requireUser(`/student/council/${sessionId}`);
  if (sessionId.length > 64) notFound();
  const [view, saved] = await Promise.all([
    getCouncilPhoneView(student, sessionId),
    findOwnCouncilReflection(student, sessionId),
  ]);
  if (!view.ok) notFound();
  return (
    <div className="mx-auto max-w-xl">
      <CouncilPhone
        initial={view.value}
        reflection={
          <ReflectionForm action={saveCouncilReflectionAction} sessionId={sessionId} saved={saved} />
        }
      />
    </div>
  );
}
