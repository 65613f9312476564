import type { TPublicQuestion } from '@/lib/content/public-question';
import type { TConfidence } from '@/lib/quiz/confidence';
import type { TCorrectAnswer } from '@/lib/quiz/correct-answer';
import type { TResponse } from '@/lib/quiz/response-schema';

/**
 * Shapes the quiz pages, route handlers and client player share. Types only: nothing here carries
 * an answer key, and a feedback view is built only for a committed (or submitted) answer.
 */

export type TAttemptMode = 'practice' | 'test';
export type TAttemptState = 'IN_PROGRESS' | 'SUBMITTED' | 'ABANDONED';

/** A cited source resolved for display. */
export type TSourceView = {
  ref: string;
  title: string;
  /** YYYY-MM or YYYY-MM-DD. */ date: string;
  summary: string;
};

/** A misconception the student's choice revealed, with its correction. */
export type TMisconceptionView = { id: string; statement: string; correction: string };

/** What a student sees after committing an answer (practice) or on the results page (both modes). */
export type TFeedbackView = {
  outcome: 'correct' | 'partial' | 'incorrect';
  score: number;
  explanation: string;
  /** YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  sources: TSourceView[];
  /** Feedback text for what the student chose (never for options they did not pick). */
  notes: string[];
  misconceptions: TMisconceptionView[];
  correctAnswer: TCorrectAnswer;
};

export type TAnswerView = {
  questionId: string;
  response: TResponse;
  confidence: TConfidence;
  /** Null in test mode until the attempt is submitted. */
  feedback: TFeedbackView | null;
};

/** Everything the player needs to show an attempt exactly where the student left it. */
export type TAttemptView = {
  attemptId: string;
  moduleSlug: string;
  moduleTitle: string;
  mode: TAttemptMode;
  state: TAttemptState;
  seq: number;
  currentIndex: number;
  questions: TPublicQuestion[];
  answers: Record<string, TAnswerView>;
};

/** The body of a successful answer submission; identical for every caller of the same submission. */
export type TAnswerResult = { seq: number; currentIndex: number; answer: TAnswerView };
