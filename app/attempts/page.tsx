import type { Metadata } from 'next';
import { scoreText } from '@/lib/score/format';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { listAttempts } from '@/lib/dal/attempt-results';
import { formatDuration, formatWhen } from '@/components/quiz/duration';

export const metadata: Metadata = { title: 'My attempts' };

const STATE_TEXT = {
  IN_PROGRESS: 'In progress',
  SUBMITTED: 'Submitted',
  ABANDONED: 'Closed at due date',
} as const;

export default async function AttemptHistoryPage() {
  const student = await requireUser('/attempts');
  const attempts = await listAttempts(student);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">My attempts</h1>
      {attempts.length === 0 ? (
        <p>
          No quiz attempts yet. Pick a module from{' '}
          <Link href="/modules" className="link">
            the modules
          </Link>{' '}
          and start its quiz.
        </p>
      ) : (
        <div className="overflow-x-auto">
          {/* Below 640 px each attempt is a card, so Time and Score are never cut off. */}
          <table className="cards-on-phone w-full border-collapse text-left">
            <caption className="sr-only">Your quiz attempts, newest first</caption>
            <thead>
              <tr className="border-b border-[var(--color-line)]">
                <th scope="col" className="py-2 pr-4">
                  Module
                </th>
                <th scope="col" className="py-2 pr-4">
                  Started
                </th>
                <th scope="col" className="py-2 pr-4">
                  Mode
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4">
                  Time
                </th>
                <th scope="col" className="py-2">
                  Score
                </th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id} className="border-b border-[var(--color-line)]">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {a.state === 'IN_PROGRESS' ? (
                      <Link
                        href={`/modules/${a.moduleSlug}/quiz${a.assignmentId ? `?assignment=${a.assignmentId}` : ''}`}
                        className="link"
                      >
                        {a.moduleTitle} (continue)
                      </Link>
                    ) : (
                      <Link href={`/attempts/${a.id}`} className="link">
                        {a.moduleTitle}
                      </Link>
                    )}
                  </th>
                  <td data-label="Started" className="py-2 pr-4">
                    {formatWhen(a.startedAt)}
                  </td>
                  <td data-label="Mode" className="py-2 pr-4">
                    {a.mode === 'practice' ? 'Practice' : 'Test'}
                  </td>
                  <td data-label="Status" className="py-2 pr-4">
                    {STATE_TEXT[a.state]}
                  </td>
                  <td data-label="Time" className="py-2 pr-4">
                    {formatDuration(a.startedAt, a.submittedAt)}
                  </td>
                  <td data-label="Score" className="py-2">
                    {a.score !== null && a.maxScore !== null ? scoreText(a.score, a.maxScore) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
