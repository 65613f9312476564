import type { TPublicQuestion } from '@/lib/content/public-question';
import type { TFeedbackView } from '@/lib/quiz/attempt-types';
import type { TCorrectAnswer } from '@/lib/quiz/correct-answer';
import type { TConfidence } from '@/lib/quiz/confidence';
import type { TResponse } from '@/lib/quiz/response-schema';
import type { TLivePhase } from './controls';
import type { TRoundShift, TRoundSummary } from './distribution';
import type { TNextMove } from './suggestion';

/**
 * What the projector and the phones receive. Types only. The student view carries the public
 * question and, after Reveal, the student's own feedback; nothing else of the key.
 */

type TLiveCommon = {
  sessionId: string;
  seq: number;
  moduleTitle: string;
  phase: TLivePhase;
  round: 1 | 2;
  paused: boolean;
  index: number;
  total: number;
  question: TPublicQuestion | null;
};

export type TSourceLine = { ref: string; title: string; date: string };

export type TRevealView = {
  correctAnswer: TCorrectAnswer;
  /** Bars that are right answers, so the chart can mark them (in text as well as by pattern). */
  correctBarIds: string[];
  explanation: string;
  asOf: string;
  sources: TSourceLine[];
  /** The misconception behind the most chosen wrong answer, if any. */
  misconception: { statement: string; correction: string } | null;
};

export type TPresenterView = TLiveCommon & {
  votesShown: boolean;
  pairing: boolean;
  joined: number;
  answered: number;
  /** This round's distribution: null while hidden (peer instruction) and before anyone has voted. */
  summary: TRoundSummary | null;
  /** In round 2, the first vote (shown when the second is shown). */
  firstSummary: TRoundSummary | null;
  shift: TRoundShift | null;
  suggestion: { move: TNextMove; text: string } | null;
  reveal: TRevealView | null;
  /** How many students were paired with a partner who answered differently. */
  paired: number | null;
  /** The server ended the lesson after LIVE_IDLE_HOURS without a move (lib/live/idle.ts). */
  endedIdle: boolean;
};

export type TStudentLiveView = TLiveCommon & {
  myAnswer: { response: TResponse; confidence: TConfidence } | null;
  /** Only after Reveal, and only for the student's own answer. */
  feedback: TFeedbackView | null;
  /** The classmate to discuss with (peer instruction), when the teacher paired the class. */
  partner: string | null;
};
