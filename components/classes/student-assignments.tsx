import Link from 'next/link';
import type { StudentAssignment } from '@/lib/assignment/student-assignment';
import { REFUSAL_MESSAGE } from '@/lib/assignment/assignment-rules';
import { STATUS_LABEL } from '@/components/teacher/board-cell';
import { LocalTime } from '@/components/ui/local-time';
import { percentText } from '@/lib/score/format';
import { PupilTermsNote } from './pupil-terms-note';

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
              <span className="ml-2 text-sm font-normal text-ink-soft">({a.className})</span>
            </p>
            <p>
              <span className="font-medium">
                <span aria-hidden="true">{status.icon} </span>
                {status.text}
              </span>
              {a.dueAt ? (
                <>
                  {' '}
                  · due <LocalTime value={a.dueAt} />
                </>
              ) : null}
              {a.bestScore !== null ? <> · best {percentText(a.bestScore)}</> : null}
              {a.scoreWithheld ? <> · your score shows after the due date</> : null}
              {a.maxAttempts !== null ? (
                <>
                  {' '}
                  · {a.attemptsUsed} of {a.maxAttempts} attempts used
                </>
              ) : null}
            </p>
            <PupilTermsNote terms={a.terms} />
            {a.refusal && !(a.refusal === 'no-attempts-left' && a.status === 'in-progress') ? (
              <p className="text-sm text-ink-soft">{REFUSAL_MESSAGE[a.refusal]}</p>
            ) : a.kind === 'QUIZ' && a.status === 'not-started' ? (
              // The order the product recommends: the briefing first, then the quiz, both in the card.
              <ol className="flex flex-wrap items-center gap-x-3 gap-y-1" aria-label={`Steps for ${a.title}`}>
                <li>
                  <Link href={`/modules/${a.contentSlug}`} className="link">
                    <span aria-hidden="true">① </span>Read the briefing
                    <span className="sr-only"> for {a.title}</span>
                  </Link>
                </li>
                <li aria-hidden="true">→</li>
                <li>
                  <Link href={a.href} className="link">
                    <span aria-hidden="true">② </span>Take the quiz
                    <span className="sr-only"> {a.title}</span>
                  </Link>
                </li>
              </ol>
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
