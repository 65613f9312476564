import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { listDueReviews } from '@/lib/dal/review';
import { ReviewCard } from '@/components/quiz/review-card';

export const metadata: Metadata = { title: 'Review' };

/** Spaced review: the questions missed and the terms behind them, each back when it is due. */
export default async function ReviewPage() {
  const student = await requireUser('/review');
  const items = await listDueReviews(student);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">Review</h1>
        <p className="prose-width">
          Questions you missed and the key terms behind them come back here, spaced out over days so they
          stick. Each review moves the item to its next date.
        </p>
      </header>
      {items.length === 0 ? (
        <p role="status">
          Nothing is due for review right now. Missed questions from your quizzes will appear here. See{' '}
          <Link href="/progress" className="link">
            your progress
          </Link>
          .
        </p>
      ) : (
        <>
          <p>
            {items.length} {items.length === 1 ? 'item is' : 'items are'} due.
          </p>
          <ol className="space-y-4">
            {items.map((item, i) => (
              <ReviewCard key={item.id} item={item} number={i + 1} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
