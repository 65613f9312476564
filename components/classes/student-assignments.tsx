import Link from 'next/link';
import type { StudentAssignment } from '@/lib/dal/assignments';
import { REFUSAL_MESSAGE } from '@/lib/dal/assignment-rules';
import { STATUS_LABEL } from '@/components/teacher/board-cell';
import { DateTime } from '@/components/teacher/date-time';
import { percentText } from '@/lib/score/format';

/** The student's assignments: status in words and icons, due dates, and a link to start or continue. */
export function StudentAssignments({ assignments }: { assignments: readonly StudentAssignment[] }) {
  if (assignments.length === 0) return <p>No assignments yet.</p>;
  return (
    <ul className="space-y-3">
      {assignments.map((a) => {
        const status = STATUS_LABEL[a.status];
        const action =
          a.status === 'in-progress' ? 'Continue' : a.status === 'not-started' ? 'Start' : 'Try again';
        return (
          <li key={a.id} className="card space-y-1">
            <p className="font-semibold">
              {a.kind === 'QUIZ' ? 'Quiz' : 'Scenario'}: {a.title}
              <span className="ml-2 text-sm font-normal text-[var(--color-ink-soft)]">({a.className})</span>
            </p>
            <p>
              <span className="font-medium">
                <span aria-hidden="true">{status.icon} </span>
                {status.text}
              </span>
              {a.dueAt ? (
                <>
                  {' '}
                  · due <DateTime value={a.dueAt} />
                </>
              ) : null}
              {a.bestScore !== null ? <> · best {percentText(a.bestScore)}</> : null}
              {a.maxAttempts !== null ? (
                <>
                  {' '}
                  · {a.attemptsUsed} of {a.maxAttempts} attempts used
                </>
              ) : null}
            </p>
            {a.refusal && !(a.refusal === 'no-attempts-left' && a.status === 'in-progress') ? (
              <p className="text-sm text-[var(--color-ink-soft)]">{REFUSAL_MESSAGE[a.refusal]}</p>
            ) : (
              <Link href={a.href} className="link">
                {action}
                <span className="sr-only"> {a.title}</span>
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
