/**
 * The state of one council and the actions that change it. Times are whole seconds since the council
 * opened, supplied by the server with each action, so the reducer stays pure and a replay from the
 * action log reproduces every deadline.
 */

export type TDraft = { proposalId: string; amendmentIds: string[] };

export type TCouncilAction =
  | { type: 'table'; clientId: string; seatId: string; at: number; draft: TDraft }
  | { type: 'state'; clientId: string; seatId: string; at: number; text: string; amendmentId?: string }
  | { type: 'open-silence'; clientId: string; seatId: string; at: number }
  | { type: 'break-silence'; clientId: string; seatId: string; at: number; reason: string }
  /** The server clock: closes a silence whose deadline passed and ends a council whose time is up. */
  | { type: 'tick'; clientId: string; at: number };

export type TCouncilPhase = 'tabling' | 'floor' | 'silence' | 'ended';

export type TCouncilEnd =
  | { outcome: 'adopted'; at: number; round: number; draft: TDraft }
  | { outcome: 'clock-run-out'; at: number; round: number };

export type TCouncilState = {
  seed: number;
  rngState: number;
  now: number;
  round: number;
  phase: TCouncilPhase;
  draft: TDraft | null;
  retablesThisRound: number;
  silenceDeadline: number | null;
  /** The public record: every tabled draft, statement, broken silence and drawn event. */
  drafts: { round: number; at: number; draft: TDraft }[];
  statements: { round: number; at: number; seatId: string; text: string; amendmentId?: string }[];
  brokenSilences: { round: number; at: number; seatId: string; reason: string; draft: TDraft }[];
  events: { afterRound: number; eventId: string }[];
  ended: TCouncilEnd | null;
  appliedClientIds: string[];
  log: TCouncilAction[];
};
