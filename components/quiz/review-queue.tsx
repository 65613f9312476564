'use client';
import { useState } from 'react';
import Link from 'next/link';
import type { TDueItem } from '@/lib/review/review-types';
import { useFocusAfterCommit } from '@/components/ui/focus';
import { ReviewCard } from './review-card';

const PROGRESS_ID = 'review-progress';
const DONE_ID = 'review-done';

/**
 * Review in small steps: one card at a time with "Item 3 of 10" and a bar, a Next item button
 * once the card is reviewed, and a short ending. Focus goes to each new card's heading. The count
 * of items due goes down as they are reviewed (`due` counts all due now, `items` is today's share).
 */
export function ReviewQueue({ items, due }: { items: TDueItem[]; due: number }) {
  const [index, setIndex] = useState(0);
  const [reviewed, setReviewed] = useState(0);
  const [currentDone, setCurrentDone] = useState(false);
  const focusAfterCommit = useFocusAfterCommit();
  const item = items[index];
  const total = items.length;

  function next() {
    setCurrentDone(false);
    setIndex((i) => i + 1);
    const upcoming = items[index + 1];
    focusAfterCommit(upcoming ? `review-${upcoming.id}` : DONE_ID);
  }

  const stillDue = Math.max(0, due - reviewed);
  return (
    <div className="space-y-4">
      <p data-testid="review-due">
        {stillDue} {stillDue === 1 ? 'item is' : 'items are'} due
        {due > total ? `; here are the first ${total}` : ''}.
      </p>
      <div className="space-y-1">
        <p id={PROGRESS_ID} className="text-sm font-semibold">
          {reviewed} of {total} reviewed
        </p>
        <progress
          className="h-2 w-full accent-accent"
          max={total}
          value={reviewed}
          aria-labelledby={PROGRESS_ID}
        />
      </div>
      {item ? (
        <>
          <ReviewCard
            key={item.id}
            item={item}
            position={`Item ${index + 1} of ${total}`}
            onReviewed={() => {
              setReviewed((n) => n + 1);
              setCurrentDone(true);
            }}
          />
          {currentDone ? (
            <button type="button" className="btn" onClick={next}>
              {index + 1 < total ? 'Next item' : 'Finish'} <span aria-hidden="true">→</span>
            </button>
          ) : null}
        </>
      ) : (
        <div className="card space-y-2">
          <h2 id={DONE_ID} tabIndex={-1} className="text-lg font-semibold">
            Done for now: {reviewed} {reviewed === 1 ? 'item' : 'items'} reviewed.
          </h2>
          <p>
            Missed items come back in a few minutes or days, when they are due again. Back to{' '}
            <Link href="/student" className="link">
              My work
            </Link>
            .
          </p>
        </div>
      )}
    </div>
  );
}
