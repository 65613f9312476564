import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { listTeacherClasses } from '@/lib/dal/classes';
import { getModule, loadContent } from '@/lib/content/load';
import { formatAsOf } from '@/lib/content/as-of';
import { AnswerKey } from '@/components/teacher/answer-key';
import { AssignFromPreviewForm } from '@/components/teacher/assign-from-preview-form';
import { assignFromPreviewAction } from './actions';
import { teacherPageTitle } from '@/app/(teacher)/teacher-title';

export const generateMetadata = teacherPageTitle('Preview with answers');

type Props = { params: Promise<{ slug: string }> };

/**
 * A module's quiz as its teacher sees it: every question with the answer key, the explanation and
 * the mistaken idea behind each wrong choice. Teachers only (a pupil gets 403), so the key never
 * reaches a pupil's browser; the page is rendered per request and never cached for the public.
 */
export default async function PreviewPage({ params }: Props) {
  const { slug } = await params;
  const teacher = await requireTeacher(`/teacher/preview/${encodeURIComponent(slug)}`);
  const mod = getModule(slug);
  if (!mod) notFound();
  const classes = await listTeacherClasses(teacher);
  const misconceptions = loadContent().misconceptions;
  const misconception = (id: string) => misconceptions[id]?.statement ?? id;
  return (
    <div className="space-y-8">
      <div className="prose-width space-y-2">
        <p className="text-sm">
          <Link href="/teacher/preview" className="link">
            ← All quizzes
          </Link>
        </p>
        <h1 className="text-3xl font-semibold">{mod.title}: quiz with answers</h1>
        <p className="text-ink-soft">
          {mod.questions.length} questions · as of {formatAsOf(mod.asOf)} · pupils see the questions in a
          shuffled order, and the answers only after they commit theirs.{' '}
          <Link href={`/modules/${mod.id}`} className="link">
            Read the briefing
          </Link>
        </p>
      </div>
      <section aria-labelledby="assign" className="card space-y-3">
        <h2 id="assign" className="text-xl font-semibold">
          Assign from here
        </h2>
        <AssignFromPreviewForm
          action={assignFromPreviewAction}
          slug={mod.id}
          classes={classes.map((c) => ({ id: c.id, name: c.name }))}
        />
      </section>
      <ol className="space-y-4">
        {mod.questions.map((q, i) => (
          <AnswerKey key={q.id} question={q} number={i + 1} misconception={misconception} />
        ))}
      </ol>
    </div>
  );
}
