import type { CellStatus } from '@/lib/analytics/progress-board';
import type { StartRefusal } from './assignment-rules';

/** One assignment as the student's home lists it (built on the server, shown by components). */
export interface StudentAssignment {
  id: string;
  kind: 'QUIZ' | 'SCENARIO';
  title: string;
  className: string;
  href: string;
  dueAt: Date | null;
  status: CellStatus;
  bestScore: number | null;
  attemptsUsed: number;
  maxAttempts: number | null;
  /** Why a new attempt cannot start now; null when it can. */
  refusal: StartRefusal | null;
}
