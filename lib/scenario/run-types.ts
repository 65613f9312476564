import type { TEndingsFound } from './endings-found';
import type { TRefusal } from '@/lib/outcome/refusal';
import type { TPublicRunView } from '@/lib/scenario';

/**
 * Shapes the run pages, route handlers and the client player share. Types only: everything here is
 * built from `toPublicRunView`, so nothing the player has not reached or chosen can leak through.
 */

/** A cited source resolved for display: `article#p3` → title, date and our summary of that part. */
export type TRunCitation = { ref: string; title: string; date: string; summary: string };

/** An obstacle (topic) the run touched, for the debrief. */
export type TRunObstacle = { id: string; title: string; obstacle: string };

/** How one meter moved on the latest step; meters are public, so their movement is too. */
export type TMeterChange = { id: string; label: string; from: number; to: number; good: 'high' | 'low' };

/** What the player's latest step did, in words: shown after choosing and again after a reload. */
export type TLastStep = { nodeTitle: string; label: string; consequence: string; changes: TMeterChange[] };

export type TRunPayload = {
  runId: string;
  view: TPublicRunView;
  lastStep: TLastStep | null;
  /** Every source reference that appears in `view`, resolved. */
  citations: Record<string, TRunCitation>;
  /** Obstacles met so far (choices made, events drawn, the ending), in the order first met. */
  obstacles: TRunObstacle[];
  reflection: string | null;
  /** The assignment the run counts for, so "play again" starts the next run for it too. */
  assignmentId: string | null;
  /** Set when the scenario changed after the run started: it can be read but not continued. */
  outdated: boolean;
  /** Once the run has ended: how many of the scenario's endings this student has reached. */
  endings: TEndingsFound | null;
};

/**
 * Why a decision or reflection was refused: a domain refusal (its kind gives the HTTP status), the
 * code the player reads, and on a conflict the run as it now stands so the player can show it.
 */
export type TRunRefusal = TRefusal &
  (
    | { code: 'not-ended' | 'not-found' }
    | { code: 'stale' | 'unavailable' | 'ended' | 'outdated'; run: TRunPayload }
  );

export type TRunOutcome = { ok: true; run: TRunPayload } | TRunRefusal;
