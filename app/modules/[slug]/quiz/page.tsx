import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { getModule } from '@/lib/content/load';
import { getAttemptView, quizEntryFor } from '@/lib/dal/attempt-entry';
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
  return { title: m ? `Quiz: ${m.title}` : 'Quiz not found' };
}

export default async function QuizPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = (await searchParams).assignment;
  const assignmentId = typeof raw === 'string' && raw.length > 0 ? raw : null;
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
