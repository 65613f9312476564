import 'server-only';
import { db } from '@/lib/db';
import { getQuestion, loadContent } from '@/lib/content/load';
import { toPublicQuestion } from '@/lib/content/public-question';
import { gradeResponse } from '@/lib/quiz/grade';
import { capNewItems, firstReviewFor, introducedInLastDay } from '@/lib/review/daily-cap';
import { ratingFromGrade } from '@/lib/review/rating-from-grade';
import { newReviewCard, scheduleReview, type TReviewRating } from '@/lib/review/scheduler';
import { ZStoredCard, type TStoredCard } from '@/lib/review/stored-card';
import type { TConfidence } from '@/lib/quiz/confidence';
import { ZResponse } from '@/lib/quiz/response-schema';
import { feedbackView } from './attempt-feedback';
import { type TFeedbackView } from '@/lib/quiz/attempt-types';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import type { Tx } from './db-tx';
import type { TDueItem, TReviewResult } from '@/lib/review/review-types';
import type { SessionUser } from './users';
import { notWithheldReviewWhere, withheldReviewRefs } from './assignment-withheld';

/**
 * The student's due items, leaving out cards for questions of a test whose review is still held
 * back (and those questions' terms): they appear once the test's due date has passed.
 */
async function dueWhere(studentId: string, now: Date) {
  const refs = await withheldReviewRefs(db(), studentId, now);
  return { studentId, due: { lte: now }, ...notWithheldReviewWhere(refs) };
}

/** How many spaced-review items are in the student's queue now (new items capped per day). */
export async function countDueReviews(student: SessionUser, now = new Date()): Promise<number> {
  return (await todaysQueue(student.id, now)).length;
}

/**
 * Items due now, soonest first, with never-reviewed items limited to the day's allowance (review
 * in small steps). Home count and Review page both read this, so they always agree.
 */
async function todaysQueue(studentId: string, now: Date) {
  const since = new Date(now.getTime() - 86_400_000);
  const [due, recent] = await Promise.all([
    db().reviewItem.findMany({
      where: await dueWhere(studentId, now),
      orderBy: [{ due: 'asc' }, { id: 'asc' }],
      select: { id: true, kind: true, refId: true, updatedAt: true, card: true },
    }),
    // Items first reviewed in the last day were necessarily updated in it.
    db().reviewItem.findMany({ where: { studentId, updatedAt: { gt: since } }, select: { card: true } }),
  ]);
  return capNewItems(
    due,
    introducedInLastDay(
      recent.map((r) => r.card),
      now,
    ),
  );
}

/** One committed quiz answer, as the review queue needs it. */
export type TReviewEvidence = { questionId: string; score: number; confidence: TConfidence };

/** The student's review cards a set of answers may touch: each question's card and its terms' cards. */
export type TReviewCards = { id: string; kind: string; refId: string; card: string }[];

/** One read for every card the answers may touch (so a caller can read before its write transaction). */
export function reviewCardsFor(
  reader: Pick<Tx, 'reviewItem'>,
  studentId: string,
  answers: readonly TReviewEvidence[],
): Promise<TReviewCards> {
  const questionIds = answers.map((a) => a.questionId);
  const terms = answers.flatMap((a) =>
    a.score < 1 ? (getQuestion(a.questionId)?.question.terms ?? []) : [],
  );
  return reader.reviewItem.findMany({
    where: {
      studentId,
      OR: [
        { kind: 'QUESTION', refId: { in: questionIds } },
        ...(terms.length > 0 ? [{ kind: 'TERM', refId: { in: [...new Set(terms)] } }] : []),
      ],
    },
    select: { id: true, kind: true, refId: true, card: true },
  });
}

/**
 * Feeds committed quiz answers into the student's review queue, inside the caller's transaction so
 * an answer and its scheduling are stored together. A missed question and its glossary terms
 * enter the queue as new cards due at once; a question already queued is rescheduled by how this
 * answer went (FSRS rating from score and confidence). Terms already queued are left to the Review
 * page, where the student rates them. `cards` (from reviewCardsFor) may be read before the
 * transaction so that it holds only writes; new cards are inserted with upserts, so a card that
 * appeared meanwhile is kept, not duplicated.
 */
export async function scheduleFromAnswers(
  tx: Tx,
  studentId: string,
  answers: readonly TReviewEvidence[],
  now: Date,
  cards?: TReviewCards,
) {
  const existing = cards ?? (await reviewCardsFor(tx, studentId, answers));
  const queuedTerms = new Set(existing.filter((e) => e.kind === 'TERM').map((e) => e.refId));
  for (const a of answers) {
    const located = getQuestion(a.questionId);
    if (!located) continue;
    const rating = ratingFromGrade(a.score, a.confidence);
    const missed = a.score < 1;
    const questionCard = existing.find((e) => e.kind === 'QUESTION' && e.refId === a.questionId);
    if (questionCard) {
      const next = scheduleReview(storedCard(questionCard.card) ?? newReviewCard(now), rating, now);
      await tx.reviewItem.update({
        where: { id: questionCard.id },
        data: { card: JSON.stringify(next), due: new Date(next.due) },
      });
    } else if (missed) {
      await enqueueNew(tx, studentId, 'QUESTION', a.questionId, now);
    }
    for (const term of missed ? located.question.terms : []) {
      if (queuedTerms.has(term)) continue;
      queuedTerms.add(term);
      await enqueueNew(tx, studentId, 'TERM', term, now);
    }
  }
}

/** A miss enters the queue as a new card, due at once: its first review is on the Review page today. */
async function enqueueNew(tx: Tx, studentId: string, kind: 'QUESTION' | 'TERM', refId: string, now: Date) {
  const card = newReviewCard(now);
  await tx.reviewItem.upsert({
    where: { studentId_kind_refId: { studentId, kind, refId } },
    create: { studentId, kind, refId, card: JSON.stringify(card), due: new Date(card.due) },
    update: {},
  });
}

function storedCard(text: string): TStoredCard | null {
  try {
    const parsed = ZStoredCard.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Items due now, soonest first. `version` is the card as stored: a review must send it back, so a
 * second tab (or a double click) reviewing the same card once more is refused instead of counted twice.
 */
export async function listDueReviews(
  student: SessionUser,
  now = new Date(),
  limit = 20,
): Promise<TDueItem[]> {
  const rows = (await todaysQueue(student.id, now)).slice(0, limit);
  const glossary = loadContent().glossary;
  return rows.flatMap((row): TDueItem[] => {
    const version = row.updatedAt.toISOString();
    if (row.kind === 'QUESTION') {
      const located = getQuestion(row.refId);
      return located
        ? [{ id: row.id, kind: 'question', version, question: toPublicQuestion(located.question) }]
        : [];
    }
    const term = glossary[row.refId];
    return term
      ? [
          {
            id: row.id,
            kind: 'term',
            version,
            term: { id: term.id, term: term.term, definition: term.definition },
          },
        ]
      : [];
  });
}

export type TReviewInput =
  | { kind: 'question'; version: string; response: unknown; confidence: TConfidence }
  | { kind: 'term'; version: string; rating: TReviewRating };

/**
 * Records one review of the student's own item and reschedules it. A question is graded on the
 * server (the rating follows from the grade, never from the browser); a term takes the student's
 * own rating. The update only applies to the card version the student saw (compare-and-set).
 */
export async function recordReview(
  student: SessionUser,
  itemId: string,
  input: TReviewInput,
  now = new Date(),
): Promise<TOutcome<TReviewResult>> {
  const refs = await withheldReviewRefs(db(), student.id, now);
  const item = await db().reviewItem.findFirst({
    where: { id: itemId, studentId: student.id, ...notWithheldReviewWhere(refs) },
  });
  // A held-back card answers like a missing one: its feedback would show the test's answers.
  if (!item) return refuse('not-found', 'No such review item.');
  const expectedKind = item.kind === 'QUESTION' ? 'question' : 'term';
  if (input.kind !== expectedKind) return refuse('invalid', `This item is a ${expectedKind}.`);
  if (item.updatedAt.toISOString() !== input.version)
    return refuse('stale', 'This item was already reviewed. Reload to see what is due.');

  let rating: TReviewRating;
  let feedback: TFeedbackView | null = null;
  if (input.kind === 'question') {
    const located = getQuestion(item.refId);
    if (!located) return refuse('not-found', 'This question no longer exists.');
    const grade = gradeResponse(located.question, input.response);
    if (!grade.ok) return refuse('invalid', grade.message);
    rating = ratingFromGrade(grade.score, input.confidence);
    feedback = feedbackView(located.question, ZResponse.parse(input.response), grade, loadContent());
  } else {
    rating = input.rating;
  }
  const card = storedCard(item.card) ?? newReviewCard(now);
  const next = { ...scheduleReview(card, rating, now), first_review: firstReviewFor(item.card, now) };
  const updated = await db().reviewItem.updateMany({
    // The card text itself is the guard: only the version the student saw can be moved on.
    where: { id: item.id, studentId: student.id, card: item.card },
    data: { card: JSON.stringify(next), due: new Date(next.due) },
  });
  if (updated.count === 0)
    return refuse('stale', 'This item was already reviewed. Reload to see what is due.');
  return accept({ due: next.due, feedback });
}
