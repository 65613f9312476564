import type { TCouncil, TSeat } from './schema';
import { stanceOn } from './stance';
import type { TCouncilState } from './state';

/**
 * What one seat may see: the public table (seats by name and role, drafts, statements, broken silences
 * with reasons, drawn events, the clock) and its own brief. Other seats' briefs and stances never
 * leave the server; the log of raw actions and the generator state stay out too.
 */
export type TSeatView = {
  seat: { id: string; name: string; role: TSeat['role']; composite: boolean; brief: TSeat['brief'] };
  /** The seat's own stance on the draft on the table, for a delegation; null otherwise. */
  ownStance: number | null;
  table: { id: string; name: string; role: TSeat['role']; composite: boolean }[];
  public: Pick<
    TCouncilState,
    | 'now'
    | 'round'
    | 'phase'
    | 'draft'
    | 'silenceDeadline'
    | 'drafts'
    | 'statements'
    | 'brokenSilences'
    | 'events'
    | 'ended'
  >;
};

export function viewForSeat(state: TCouncilState, council: TCouncil, seatId: string): TSeatView | null {
  const seat = council.seats.find((s) => s.id === seatId);
  if (!seat) return null;
  const eventIds = state.events.map((e) => e.eventId);
  const ownStance =
    seat.role === 'delegation' && state.draft ? stanceOn(council, seat.id, state.draft, eventIds) : null;
  return {
    seat: { id: seat.id, name: seat.name, role: seat.role, composite: seat.composite, brief: seat.brief },
    ownStance,
    table: council.seats.map((s) => ({ id: s.id, name: s.name, role: s.role, composite: s.composite })),
    public: {
      now: state.now,
      round: state.round,
      phase: state.phase,
      draft: state.draft,
      silenceDeadline: state.silenceDeadline,
      drafts: state.drafts,
      statements: state.statements,
      brokenSilences: state.brokenSilences,
      events: state.events,
      ended: state.ended,
    },
  };
}
