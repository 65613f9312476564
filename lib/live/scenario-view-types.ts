import type { TPublicEnding, TPublicMeter } from '@/lib/scenario';
import type { TLivePhase } from './controls';
import type { TClassChoice } from './class-decision';
import type { TBar } from './distribution';
import type { TScenarioDecisionsReport } from './scenario-report';

/**
 * What the projector and the phones receive in a live scenario lesson. Types only. Phones get the
 * decision's text and the labels of its choices, never a consequence of a branch not taken.
 */

type TScenarioCommon = {
  kind: 'scenario';
  sessionId: string;
  seq: number;
  title: string;
  phase: TLivePhase;
  paused: boolean;
  /** The run's step being voted on (OPEN) or just decided (REVEALED). */
  step: number;
  /** The node being played; null once the run has ended or the lesson is over. */
  node: { title: string; text: string; kind: 'decision' | 'event' } | null;
};

export type TTakenDecision = {
  nodeTitle: string;
  label: string;
  consequence: string;
  /** Why the teacher went against the class's vote, when they did. */
  reason: string | null;
};

export type TScenarioPresenterView = TScenarioCommon & {
  role: string;
  enrolled: number;
  voted: number;
  /** Votes per choice of the open decision, in its order (live, no names); at an event, its one Continue. */
  tally: TBar[];
  classChoice: TClassChoice;
  meters: TPublicMeter[];
  /** After a decision: what was chosen and what followed. */
  last: TTakenDecision | null;
  ending: TPublicEnding | null;
  /** The server ended the lesson after LIVE_IDLE_HOURS without a move (lib/live/idle.ts). */
  endedIdle: boolean;
};

export type TScenarioStudentView = TScenarioCommon & {
  /** The open decision's choices (labels only); empty when there is nothing to vote on. */
  choices: { id: string; label: string }[];
  myChoice: string | null;
  /** After a decision: the label of the choice the class took. */
  taken: string | null;
  endingTitle: string | null;
};

export type TLiveScenarioReport = TScenarioDecisionsReport & {
  title: string;
  classId: string;
  startedAt: Date;
  endedAt: Date | null;
  /** The server ended the lesson after LIVE_IDLE_HOURS without a move (lib/live/idle.ts). */
  endedIdle: boolean;
  endingTitle: string | null;
};
