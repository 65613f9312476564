import type { CellStatus } from '@/lib/analytics/progress-board';
import type { StartRefusal } from './assignment-rules';
import type { PupilTermsView } from './pupil-terms';

/** One assignment as the student's home lists it (built on the server, shown by components). */
export interface StudentAssignment {
  id: string;
  kind: 'QUIZ' | 'SCENARIO';
  /** Module slug for a quiz, scenario slug for a scenario. */
  contentSlug: string;
  title: string;
  className: string;
  href: string;
  dueAt: Date | null;
  status: CellStatus;
  /** Null before any scored work, and while a "review only after the due date" test is held back. */
  bestScore: number | null;
  /** True while the score is held back until the due date. */
  scoreWithheld: boolean;
  attemptsUsed: number;
  maxAttempts: number | null;
  /** Why a new attempt cannot start now; null when it can. */
  refusal: StartRefusal | null;
  /** What applies to this pupil: extension, extra attempts, late work accepted. */
  terms: PupilTermsView;
}

/** An open quiz assignment as the module page's start button receives it (dates as ISO text). */
export type TOpenAssignment = { id: string; className: string; dueAt: string | null; href: string };

export function toOpenAssignment(a: StudentAssignment): TOpenAssignment {
  return { id: a.id, className: a.className, dueAt: a.dueAt?.toISOString() ?? null, href: a.href };
}
