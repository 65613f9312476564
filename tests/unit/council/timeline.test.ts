import { describe, expect, it } from 'vitest';
import type { TCouncilAction } from '@/lib/council/state';
import { councilTimeline } from '@/lib/council/timeline';
import { buildCouncil, playActions } from './fixture';

/** One round only: a broken silence ends the council without a decision. */
const council = buildCouncil({
  delegations: 2,
  proposals: [[3, 3]],
  amendments: [{ applies: 0, shifts: [1, 0] }],
  events: [],
  rounds: 1,
});

const run = (actions: TCouncilAction[]) => playActions(council, 5, actions);
const p0 = { proposalId: 'p0', amendmentIds: [] };
const p0a0 = { proposalId: 'p0', amendmentIds: ['a0'] };
const reason = 'Our red line is crossed by this draft.';

describe('the council’s timeline', () => {
  it('keeps the log’s order for moves in the same second, and ends without a decision', () => {
    const state = run([
      { type: 'table', clientId: 't1', seatId: 'chair', at: 5, draft: p0 },
      { type: 'state', clientId: 's1', seatId: 'd0', at: 5, text: 'First.', amendmentId: 'a0' },
      { type: 'table', clientId: 't2', seatId: 'chair', at: 5, draft: p0a0 },
      { type: 'state', clientId: 's2', seatId: 'd1', at: 5, text: 'Second.' },
      { type: 'open-silence', clientId: 'o1', seatId: 'chair', at: 6 },
      { type: 'break-silence', clientId: 'b1', seatId: 'd1', at: 7, reason },
    ]);
    expect(councilTimeline(council, state)).toEqual([
      { kind: 'tabled', at: 5, round: 1, seatId: 'chair', draft: p0, retabled: false },
      { kind: 'statement', at: 5, round: 1, seatId: 'd0', text: 'First.', amendmentId: 'a0', draft: p0 },
      { kind: 'tabled', at: 5, round: 1, seatId: 'chair', draft: p0a0, retabled: true },
      { kind: 'statement', at: 5, round: 1, seatId: 'd1', text: 'Second.', amendmentId: null, draft: p0a0 },
      { kind: 'silence-opened', at: 6, round: 1, seatId: 'chair', deadline: 186, draft: p0a0 },
      { kind: 'silence-broken', at: 7, round: 1, seatId: 'd1', reason, draft: p0a0 },
      { kind: 'no-decision', at: 7, round: 1 },
    ]);
  });

  it('an adoption by the clock is dated at the deadline, not when the tick was applied', () => {
    const state = run([
      { type: 'table', clientId: 't1', seatId: 'chair', at: 5, draft: p0 },
      { type: 'open-silence', clientId: 'o1', seatId: 'chair', at: 10 },
      { type: 'tick', clientId: 'clock', at: 500 },
    ]);
    expect(councilTimeline(council, state).at(-1)).toEqual({ kind: 'adopted', at: 190, round: 1, draft: p0 });
  });
});
