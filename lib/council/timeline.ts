import { applyCouncilAction, startCouncil } from './engine';
import type { TCouncil } from './schema';
import type { TCouncilState, TDraft } from './state';

/**
 * The public record of a council as one list in the order things happened, rebuilt by replaying
 * its log: each draft tabled, statement, silence opened and broken, event drawn, and the end. Only
 * what the whole room saw: no brief, no stance, no generator state.
 */
export type TTimelineEntry = { at: number; round: number } & (
  | { kind: 'tabled'; seatId: string; draft: TDraft; retabled: boolean }
  | { kind: 'statement'; seatId: string; text: string; amendmentId: string | null; draft: TDraft | null }
  | { kind: 'silence-opened'; seatId: string; deadline: number; draft: TDraft | null }
  | { kind: 'silence-broken'; seatId: string; reason: string; draft: TDraft }
  | { kind: 'event-drawn'; eventId: string }
  | { kind: 'adopted'; draft: TDraft }
  | { kind: 'no-decision' }
);

export function councilTimeline(council: TCouncil, state: TCouncilState): TTimelineEntry[] {
  const entries: TTimelineEntry[] = [];
  let before = startCouncil(state.seed);
  for (const action of state.log) {
    const result = applyCouncilAction(before, action, council);
    if (!result.ok) break;
    const after = result.state;
    const seatId = 'seatId' in action ? action.seatId : '';
    for (const d of after.drafts.slice(before.drafts.length))
      entries.push({
        kind: 'tabled',
        at: d.at,
        round: d.round,
        seatId,
        draft: d.draft,
        retabled: before.phase === 'floor',
      });
    for (const s of after.statements.slice(before.statements.length))
      entries.push({
        kind: 'statement',
        at: s.at,
        round: s.round,
        seatId: s.seatId,
        text: s.text,
        amendmentId: s.amendmentId ?? null,
        draft: after.draft,
      });
    if (before.phase !== 'silence' && after.phase === 'silence')
      entries.push({
        kind: 'silence-opened',
        at: action.at,
        round: after.round,
        seatId,
        deadline: after.silenceDeadline ?? action.at,
        draft: after.draft,
      });
    for (const b of after.brokenSilences.slice(before.brokenSilences.length))
      entries.push({ kind: 'silence-broken', ...b });
    for (const e of after.events.slice(before.events.length))
      entries.push({ kind: 'event-drawn', at: action.at, round: e.afterRound, eventId: e.eventId });
    const ended = after.ended;
    if (!before.ended && ended)
      entries.push(
        ended.outcome === 'adopted'
          ? { kind: 'adopted', at: ended.at, round: ended.round, draft: ended.draft }
          : { kind: 'no-decision', at: ended.at, round: ended.round },
      );
    before = after;
  }
  return entries;
}
