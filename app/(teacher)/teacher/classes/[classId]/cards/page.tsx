import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { findTeacherClass } from '@/lib/dal/classes';
import { listRoster } from '@/lib/dal/roster';
import { appOrigin } from '@/lib/classes/app-origin';
import { hasUnusedCard } from '@/lib/roster/unused-card';
import { BulkStudentsForm } from '@/components/teacher/bulk-students-form';
import { ReprintCardsForm } from '@/components/teacher/reprint-cards-form';
import { createStudentsAction, reprintCardsAction } from './actions';

export const metadata: Metadata = { title: 'Sign-in cards' };

type Props = { params: Promise<{ classId: string }> };

/**
 * The sign-in cards page: create pupil accounts, or reprint the cards nobody has used. Everything
 * but the cards is hidden on paper, so printing gives cards only, eight to an A4 page.
 */
export default async function SignInCardsPage({ params }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${classId}/cards`);
  const cls = await findTeacherClass(teacher, classId);
  if (!cls) notFound();
  const unused = ((await listRoster(teacher, classId)) ?? []).filter(hasUnusedCard).length;
  const signInUrl = `${appOrigin()}/sign-in`;
  const classLabel = `${cls.name} · ${teacher.displayName}`;
  return (
    <div className="space-y-10">
      <div className="space-y-3 print:hidden">
        <p className="text-sm">
          <Link href={`/teacher/classes/${cls.id}`} className="link">
            ← {cls.name}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">Sign-in cards for {cls.name}</h1>
      </div>

      {cls.archivedAt ? (
        <p className="print:hidden">This class is archived: restore it to add pupils.</p>
      ) : (
        <section aria-labelledby="bulk" className="space-y-3">
          <h2 id="bulk" className="text-2xl font-semibold print:hidden">
            Create accounts for students without email
          </h2>
          <BulkStudentsForm
            classId={cls.id}
            initialKey={randomUUID()}
            signInUrl={signInUrl}
            classLabel={classLabel}
            action={createStudentsAction}
          />
        </section>
      )}

      {unused > 0 ? (
        <section aria-labelledby="reprint" className="space-y-3">
          <h2 id="reprint" className="text-2xl font-semibold print:hidden">
            Lost cards
          </h2>
          <ReprintCardsForm
            classId={cls.id}
            unused={unused}
            signInUrl={signInUrl}
            classLabel={classLabel}
            action={reprintCardsAction}
          />
        </section>
      ) : null}
    </div>
  );
}
