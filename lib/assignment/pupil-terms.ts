import { reviewOpensAt, type AssignmentLimits } from './assignment-rules';

/**
 * What applies to one pupil on one assignment: the class's terms, changed by the teacher for this
 * pupil alone (an extension to a later due date, extra attempts). Every rule about a pupil's work —
 * may they start, is it late, when does an open attempt close — reads these, never the bare
 * assignment, so the server, the board and the pupil's card agree.
 */
export interface PupilOverride {
  /** This pupil's due date (an extension); null keeps the class's. */
  dueAt: Date | null;
  extraAttempts: number;
}

export type PupilTerms = Required<AssignmentLimits> & {
  /** True when this pupil's due date is not the class's. */
  extended: boolean;
  extraAttempts: number;
};

export function termsForPupil(
  assignment: AssignmentLimits & { feedbackMode?: string },
  override: PupilOverride | null | undefined,
): PupilTerms {
  const extraAttempts = Math.max(0, override?.extraAttempts ?? 0);
  const dueAt = override?.dueAt ?? assignment.dueAt;
  return {
    releaseAt: assignment.releaseAt,
    dueAt,
    maxAttempts: assignment.maxAttempts === null ? null : assignment.maxAttempts + extraAttempts,
    acceptLateWork: assignment.acceptLateWork ?? false,
    reviewOpensAt: reviewOpensAt(assignment),
    extended: dueAt?.getTime() !== assignment.dueAt?.getTime(),
    extraAttempts,
  };
}

/** Work finished after the pupil's own due date is late; exactly at it is on time. */
export function isLate(terms: Pick<PupilTerms, 'dueAt'>, finishedAt: Date): boolean {
  return terms.dueAt !== null && finishedAt.getTime() > terms.dueAt.getTime();
}

/**
 * When an attempt left open is closed for good: at the pupil's due date, or never while late work
 * is accepted (submitting it then is simply late).
 */
export function openWorkClosesAt(terms: Pick<PupilTerms, 'dueAt' | 'acceptLateWork'>): Date | null {
  return terms.acceptLateWork ? null : terms.dueAt;
}

export function isClosedForPupil(terms: Pick<PupilTerms, 'dueAt' | 'acceptLateWork'>, now: Date): boolean {
  const closes = openWorkClosesAt(terms);
  return closes !== null && now.getTime() >= closes.getTime();
}

/**
 * An attempt begun before a review-after-due test's answers opened, still open after: if the pupil
 * has another attempt whose review is now open, it must close (its answers could come from it).
 */
export function answersOpenedDuring(
  terms: Pick<PupilTerms, 'reviewOpensAt'>,
  startedAt: Date,
  now: Date,
): boolean {
  const opens = terms.reviewOpensAt;
  return opens !== null && startedAt.getTime() < opens.getTime() && now.getTime() >= opens.getTime();
}

/** The override as a row of the teacher's board or a pupil's card shows it (dates as ISO text). */
export interface PupilTermsView {
  /** This pupil's due date when extended, else null. */
  extendedTo: string | null;
  extraAttempts: number;
  acceptLateWork: boolean;
}

export function termsView(terms: PupilTerms): PupilTermsView {
  return {
    extendedTo: terms.extended ? (terms.dueAt?.toISOString() ?? null) : null,
    extraAttempts: terms.extraAttempts,
    acceptLateWork: terms.acceptLateWork,
  };
}

/** "1 extra attempt", "2 extra attempts". */
export function extraAttemptsText(n: number): string {
  return `${n} extra ${n === 1 ? 'attempt' : 'attempts'}`;
}
