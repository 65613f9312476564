import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { getModule } from '@/lib/content/load';
import { getAttemptView, quizEntryFor } from '@/lib/dal/attempt-entry';
import { openQuizAssignments } from '@/lib/dal/assignment-open';
import { ChooseAssignment } from '@/components/classes/choose-assignment';
import { QuizPlayer } from '@/components/quiz/quiz-player';
import { StartQuiz } from '@/components/quiz/start-quiz';
import { startQuizAction } from './actions';
import { quizPath } from './quiz-path';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getModule((await params).slug);
  return { title: m ? `Quiz: ${m.title}` : 'Page not found' };
}

export default async function QuizPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = (await searchParams).assignment;
  const assignmentId = typeof raw === 'string' && raw.length > 0 ? raw : null;
  // "?practice=own": the student chose to practise outside any assignment.
  const ownPractice = (await searchParams).practice === 'own';
  const student = await requireUser(quizPath(slug, assignmentId));
  const entry = await quizEntryFor(student, slug, assignmentId);
  if (!entry.ok) notFound();
  const quizModule = getModule(slug);
  if (!quizModule) notFound();

  if (entry.value.kind === 'resume') {
    const view = await getAttemptView(student, entry.value.attemptId);
    if (!view.ok) notFound();
    return <QuizPlayer key={view.value.attemptId} initial={view.value} />;
  }
  if (entry.value.kind === 'closed') {
    return (
      <div className="prose-width space-y-4">
        <h1 className="text-2xl font-semibold">{quizModule.title}: quiz</h1>
        <p role="status">{entry.value.reason}</p>
        <p>
          <Link href="/attempts" className="link">
            See your attempts and results
          </Link>
        </p>
      </div>
    );
  }
  // A quiz started without an assignment (e.g. from the briefing) goes towards the one open
  // assignment for it, or the student says which: work done must not be lost to self-study.
  if (!assignmentId && !ownPractice) {
    const open = await openQuizAssignments(student, slug);
    if (open.length === 1 && open[0]) redirect(open[0].href);
    if (open.length > 1) return <ChooseAssignment title={quizModule.title} slug={slug} open={open} />;
  }
  return (
    <StartQuiz
      action={startQuizAction}
      slug={slug}
      assignmentId={assignmentId}
      title={quizModule.title}
      questionCount={quizModule.questions.length}
      {...entry.value}
    />
  );
}
