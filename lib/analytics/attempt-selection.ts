import { compareIds } from '@/lib/analytics/id-order';
import type { AttemptRow } from '@/lib/analytics/rows';

type SubmittedAttempt = AttemptRow & { submittedAt: string };

function isSubmitted(a: AttemptRow): a is SubmittedAttempt {
  return a.submittedAt !== null;
}

function groupKey(a: AttemptRow): string {
  return `${a.studentId}\u0000${a.assignmentId ?? ''}`;
}

/**
 * The first submitted attempt of each student on each assignment. Item statistics use it because
 * later attempts are shaped by the feedback of earlier ones, and because a student who retakes
 * five times would otherwise weigh five times as much.
 */
export function firstSubmittedAttemptIds(attempts: readonly AttemptRow[]): Set<string> {
  const first = new Map<string, SubmittedAttempt>();
  for (const a of attempts.filter(isSubmitted)) {
    const current = first.get(groupKey(a));
    if (!current || compareSubmission(a, current) < 0) first.set(groupKey(a), a);
  }
  return new Set([...first.values()].map((a) => a.attemptId));
}

/**
 * Each student's best submitted attempt: highest score, then the earliest submission, then attempt
 * id. The caller passes the attempts of one assignment.
 */
export function bestSubmittedAttemptByStudent(attempts: readonly AttemptRow[]): Map<string, AttemptRow> {
  const best = new Map<string, SubmittedAttempt>();
  for (const a of attempts.filter(isSubmitted)) {
    const current = best.get(a.studentId);
    if (
      !current ||
      a.score > current.score ||
      (a.score === current.score && compareSubmission(a, current) < 0)
    )
      best.set(a.studentId, a);
  }
  return best;
}

function compareSubmission(a: SubmittedAttempt, b: SubmittedAttempt): number {
  return Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || compareIds(a.attemptId, b.attemptId);
}
