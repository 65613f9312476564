import type { TClaim, TCouncil, TSeat } from './schema';
import type { TCouncilState } from './state';

/**
 * What the whole room may see: the seats by name, the proposals and amendments as worded (never how
 * they move any seat), the drafts, statements, broken silences with reasons, drawn events, and the
 * outcome. The presenter shows exactly this; each phone adds only its own seat's brief.
 */
export type TPublicTable = {
  title: string;
  clock: TCouncil['clock'];
  statementMaxChars: number;
  seats: { id: string; name: string; role: TSeat['role']; composite: boolean }[];
  proposals: { id: string; label: string; text: string }[];
  amendments: { id: string; label: string; text: string; appliesTo: string[] }[];
  drawnEvents: { afterRound: number; text: string }[];
  /** Only once the council has ended: the history to set the outcome against, the blockers' obstacles. */
  debrief: TDebriefView | null;
  state: Pick<
    TCouncilState,
    | 'now'
    | 'round'
    | 'phase'
    | 'draft'
    | 'retablesThisRound'
    | 'silenceDeadline'
    | 'drafts'
    | 'statements'
    | 'brokenSilences'
    | 'ended'
  >;
};

export type TDebriefView = {
  asOfOutcome: { text: string; sources: string[]; asOf: string }[];
  blockers: { seatId: string; name: string; obstacle: TClaim | null; times: number }[];
};

/** The debrief: every delegation that broke silence, how often, and the obstacle its brief embodies. */
export function debriefView(council: TCouncil, state: TCouncilState): TDebriefView {
  const times = new Map<string, number>();
  for (const b of state.brokenSilences) times.set(b.seatId, (times.get(b.seatId) ?? 0) + 1);
  return {
    asOfOutcome: council.debrief.asOfOutcome,
    blockers: council.seats
      .filter((s) => times.has(s.id))
      .map((s) => ({
        seatId: s.id,
        name: s.name,
        obstacle: council.debrief.obstacles[s.id] ?? null,
        times: times.get(s.id) ?? 0,
      })),
  };
}

export function publicTable(council: TCouncil, state: TCouncilState): TPublicTable {
  return {
    title: council.title,
    clock: council.clock,
    statementMaxChars: council.statementMaxChars,
    seats: council.seats.map(({ id, name, role, composite }) => ({ id, name, role, composite })),
    proposals: council.proposals.map(({ id, label, text }) => ({ id, label, text })),
    amendments: council.amendments.map(({ id, label, text, appliesTo }) => ({ id, label, text, appliesTo })),
    drawnEvents: state.events.map((e) => ({
      afterRound: e.afterRound,
      text: council.events.find((event) => event.id === e.eventId)?.text ?? '',
    })),
    debrief: state.ended ? debriefView(council, state) : null,
    state: {
      now: state.now,
      round: state.round,
      phase: state.phase,
      draft: state.draft,
      retablesThisRound: state.retablesThisRound,
      silenceDeadline: state.silenceDeadline,
      drafts: state.drafts,
      statements: state.statements,
      brokenSilences: state.brokenSilences,
      ended: state.ended,
    },
  };
}
