import 'server-only';
import { db } from '@/lib/db';
import { hashPassword, verifyPassword } from '@/lib/dal/passwords';
import type { SessionUser } from './users';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { getQuestion } from '@/lib/content/load';
import { isReviewOpen } from '@/lib/assignment/attempt-rules';
import { withheldReviewRefs } from './assignment-withheld';

/**
 * Everything stored about the signed-in user, as one JSON-ready object (GDPR-style access). One
 * exception, until a date it names: a test set as "review only after the due date" keeps its
 * grading (scores, right/wrong, misconceptions, the review cards and mastery it fed) out of the
 * export until that date, exactly as on every page — the pupil's own answers are all there.
 */
export async function exportOwnData(user: SessionUser, now = new Date()) {
  const [account, enrollments, attempts, runs, mastery, reviewItems, classesTaught] = await Promise.all([
    db().user.findUnique({
      where: { id: user.id },
      select: {
        id: true,
        displayName: true,
        email: true,
        username: true,
        role: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    db().enrollment.findMany({
      where: { studentId: user.id },
      select: { joinedAt: true, class: { select: { name: true } } },
    }),
    db().quizAttempt.findMany({
      where: { studentId: user.id },
      include: { responses: true, assignment: { select: { feedbackMode: true, dueAt: true } } },
      orderBy: { startedAt: 'asc' },
    }),
    db().scenarioRun.findMany({
      where: { studentId: user.id },
      include: { decisions: true },
      orderBy: { startedAt: 'asc' },
    }),
    db().topicMastery.findMany({ where: { studentId: user.id } }),
    db().reviewItem.findMany({ where: { studentId: user.id } }),
    db().class.findMany({
      where: { teacherId: user.id },
      select: { id: true, name: true, createdAt: true, archivedAt: true, assignments: true },
    }),
  ]);
  const withheld = await withheldReviewRefs(db(), user.id, now);
  const heldQuestions = new Set(withheld.questionIds);
  const heldTerms = new Set(withheld.termIds);
  const heldTopics = new Set(withheld.questionIds.map((id) => getQuestion(id)?.question.topic));
  const quizAttempts = attempts.map(({ assignment, ...a }) => {
    if (isReviewOpen(assignment, now)) return a;
    return {
      ...a,
      score: null,
      maxScore: null,
      reviewOpensAt: assignment?.dueAt ?? null,
      responses: a.responses.map((r) => ({ ...r, score: null, correct: null, misconceptions: null })),
    };
  });
  return {
    exportedAt: now.toISOString(),
    account,
    classes: enrollments.map((e) => ({ className: e.class.name, joinedAt: e.joinedAt })),
    quizAttempts,
    scenarioRuns: runs,
    topicMastery: mastery.filter((m) => !heldTopics.has(m.topic)),
    reviewItems: reviewItems.filter((r) =>
      r.kind === 'QUESTION' ? !heldQuestions.has(r.refId) : !heldTerms.has(r.refId),
    ),
    ...(user.role === 'TEACHER' ? { classesTaught } : {}),
  };
}

/**
 * Deletes the account and every row that is the user's: the foreign keys cascade to enrollments,
 * attempts with their responses, runs with their decisions, mastery, review items and, for a
 * teacher, their classes and assignments (students keep their own attempts, unlinked). The
 * sign-in counters keyed by the identifier go too. Asks for the password so a borrowed, signed-in
 * device cannot erase someone's work.
 */
export async function deleteOwnAccount(user: SessionUser, password: string): Promise<TOutcome<null>> {
  const row = await db().user.findUnique({
    where: { id: user.id },
    select: { passwordHash: true, email: true, username: true },
  });
  if (!row || !(await verifyPassword(row.passwordHash, password)))
    return refuse('forbidden', 'That is not your password. Nothing was deleted.');
  const identifiers = [row.email, row.username].filter((v): v is string => v !== null);
  await db().$transaction([
    db().signInLimit.deleteMany({ where: { key: { in: identifiers.map((id) => `acct:${id}`) } } }),
    db().user.delete({ where: { id: user.id } }),
  ]);
  return accept(null);
}

const NOT_CURRENT = refuse('forbidden', 'That is not your current password.');

/**
 * Sets a new password. After a teacher's one-time password the current one is not asked again
 * (the student has just signed in with it); otherwise it is. A voluntary change ends every other
 * session; the first-sign-in change keeps this one, since the teacher's reset already ended the rest.
 */
export async function changeOwnPassword(
  user: SessionUser,
  input: { current?: string; next: string },
): Promise<TOutcome<null>> {
  const row = await db().user.findUnique({
    where: { id: user.id },
    select: { passwordHash: true, mustChangePassword: true },
  });
  if (!row) return NOT_CURRENT;
  if (!row.mustChangePassword && !(await verifyPassword(row.passwordHash, input.current ?? '')))
    return NOT_CURRENT;
  await db().user.update({
    where: { id: user.id },
    data: {
      passwordHash: await hashPassword(input.next),
      mustChangePassword: false,
      ...(row.mustChangePassword ? {} : { sessionVersion: { increment: 1 } }),
    },
  });
  return accept(null);
}
