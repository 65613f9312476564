import type { TAttemptScore } from './attempt-score';
import type { TConfidence } from './confidence';
import type { TAttemptMode, TAttemptState, TFeedbackView, TSourceView } from './attempt-types';

/** The results page of a closed attempt (built on the server after submission only). */

export type TReviewedQuestion = {
  number: number;
  questionId: string;
  prompt: string;
  topicTitle: string;
  answered: boolean;
  score: number;
  yourAnswer: string[];
  correctAnswer: string[];
  confidence: TConfidence;
  /** Said "sure" and scored below 1: the answers most worth a second look. */
  confidentButWrong: boolean;
  feedback: TFeedbackView | null;
  explanation: string;
  /** For unanswered questions, which have no feedback. */
  sources: TSourceView[];
  asOf: string;
};

export type TAttemptResult = {
  attemptId: string;
  moduleSlug: string;
  moduleTitle: string;
  mode: TAttemptMode;
  state: TAttemptState;
  startedAt: Date;
  submittedAt: Date | null;
  /** Null while the review is held back (TEST_AFTER_DUE before the due date). */
  review: null | {
    total: TAttemptScore;
    topicTitles: Record<string, string>;
    questions: TReviewedQuestion[];
  };
  reviewOpensAt: Date | null;
  /** Content changed since the attempt: explanations shown are the current ones. */
  contentChanged: boolean;
};
