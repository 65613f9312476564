import type { TMasteryLevel } from '@/lib/mastery/mastery-rule';
import type { TConfidence } from '@/lib/quiz/confidence';

/**
 * Plain input rows for everything under lib/analytics and lib/export.
 *
 * The data layer maps Prisma rows to these shapes (JSON text columns parsed, "SURE"/"NOT_SURE"
 * lower-cased, DateTime to ISO strings, attempt score divided by maxScore), so the statistics stay
 * pure functions that are unit-tested without a database. Timestamps are ISO-8601 strings.
 */

/** One answer to one question inside one attempt; (attemptId, questionId) is unique. */
export interface ResponseRow {
  studentId: string;
  attemptId: string;
  questionId: string;
  /** Chosen option ids for single and multi; 'true' or 'false' for true-false; absent for other types. */
  optionIds?: readonly string[];
  /** Misconceptions this response revealed (tags of the chosen distractors). */
  misconceptionIds: readonly string[];
  /** 0..1; below 1 but above 0 for partial credit (multi, ordering, matching). */
  score: number;
  correct: boolean;
  confidence: TConfidence;
  answeredAt: string;
  /** Time the student spent on the question, when the player measured it. */
  timeSpentMs?: number | null;
  /** A readable rendering of answers that have no options (ordering, matching, numeric). */
  answerText?: string;
}

/** One sitting of a quiz. `score` is the fraction 0..1 and only meaningful once submitted. */
export interface AttemptRow {
  attemptId: string;
  studentId: string;
  assignmentId: string | null;
  score: number;
  submittedAt: string | null;
}

/** One decision in a scenario run; (runId, step) is unique. */
export interface DecisionRow {
  runId: string;
  studentId: string;
  scenarioSlug: string;
  nodeId: string;
  choiceId: string;
  step: number;
}

/** One play-through of a scenario. `endingId` and `finishedAt` are set together when it ends. */
export interface RunRow {
  runId: string;
  studentId: string;
  scenarioSlug: string;
  assignmentId: string | null;
  endingId: string | null;
  finishedAt: string | null;
  /** The node an unfinished run is waiting at, so it counts as having reached that node. */
  currentNodeId?: string | null;
  /** 0..1 when the scenario scores its endings; absent or null when it does not. */
  score?: number | null;
}

export interface MasteryRow {
  studentId: string;
  topic: string;
  level: TMasteryLevel;
}

/** One option of a question as the content defines it: for true-false the ids are 'true' and 'false'. */
export interface OptionRow {
  questionId: string;
  optionId: string;
  correct: boolean;
  misconceptionIds: readonly string[];
}

export interface StudentRow {
  studentId: string;
  displayName: string;
  /** Null for students who sign in with an email only. */
  username: string | null;
}

export type AssignmentKind = 'quiz' | 'scenario';

export interface AssignmentRow {
  id: string;
  title: string;
  kind: AssignmentKind;
  releaseAt: string | null;
  /** Null when the assignment has no due date; it can then never be late. */
  dueAt: string | null;
  /** Null for unlimited attempts. */
  maxAttempts: number | null;
  /** Work may be started and handed in after the due date (marked late). */
  acceptLateWork?: boolean;
}
