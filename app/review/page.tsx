import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { countDueReviews, listDueReviews } from '@/lib/dal/review';
import { NEW_REVIEW_ITEMS_PER_DAY } from '@/lib/review/daily-cap';
import { ReviewQueue } from '@/components/quiz/review-queue';

export const metadata: Metadata = { title: 'Review' };

/** Spaced review: the questions missed and the terms behind them, each back when it is due. */
export default async function ReviewPage() {
  const student = await requireUser('/review');
  const [items, due] = await Promise.all([listDueReviews(student), countDueReviews(student)]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">Review</h1>
        <p className="prose-width">
          Questions you missed and the key terms behind them come back here, spaced out over days so they
          stick. One item at a time; at most {NEW_REVIEW_ITEMS_PER_DAY} new items a day.
        </p>
      </header>
      {items.length === 0 ? (
        <p>
          Nothing is due for review right now. Missed questions from your quizzes will appear here. See{' '}
          <Link href="/progress" className="link">
            your progress
          </Link>
          .
        </p>
      ) : (
        <ReviewQueue items={items} due={due} />
      )}
    </div>
  );
}
