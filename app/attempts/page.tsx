import type { Metadata } from 'next';
import { scoreText } from '@/lib/score/format';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { listAttempts } from '@/lib/dal/attempt-results';
import { formatDuration } from '@/components/quiz/duration';
import { LocalTime } from '@/components/ui/local-time';
import { DataTable } from '@/components/ui/data-table';

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
        <DataTable
          caption="Your quiz attempts, newest first"
          rows={attempts}
          rowKey={(a) => a.id}
          columns={[
            {
              header: 'Module',
              cell: (a) =>
                a.state === 'IN_PROGRESS' ? (
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
                ),
            },
            { header: 'Started', cell: (a) => <LocalTime value={a.startedAt} form="day-time" /> },
            { header: 'Mode', cell: (a) => (a.mode === 'practice' ? 'Practice' : 'Test') },
            { header: 'Status', cell: (a) => STATE_TEXT[a.state] },
            { header: 'Time', cell: (a) => formatDuration(a.startedAt, a.submittedAt) },
            {
              header: 'Score',
              cell: (a) => (a.score !== null && a.maxScore !== null ? scoreText(a.score, a.maxScore) : '—'),
            },
          ]}
        />
      )}
    </div>
  );
}
