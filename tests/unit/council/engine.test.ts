import { describe, expect, it } from 'vitest';
import { applyCouncilAction, replayCouncil, startCouncil } from '@/lib/council/engine';
import type { TCouncilAction, TCouncilState } from '@/lib/council/state';
import { buildCouncil } from './fixture';

const council = buildCouncil({
  delegations: 2,
  proposals: [
    [3, 3],
    [1, 5],
  ],
  amendments: [{ applies: 0, shifts: [1, 0] }],
  events: [{ weight: 1, shifts: [1, 1] }],
  rounds: 2,
});

let n = 0;
const id = () => `x${++n}`;
function run(actions: TCouncilAction[]): TCouncilState {
  let state = startCouncil(7);
  for (const action of actions) {
    const result = applyCouncilAction(state, action, council);
    if (!result.ok) throw new Error(`${action.type}: ${result.reason}`);
    state = result.state;
  }
  return state;
}
const table = (at = 10): TCouncilAction => ({
  type: 'table',
  clientId: id(),
  seatId: 'chair',
  at,
  draft: { proposalId: 'p0', amendmentIds: ['a0'] },
});
const open = (at = 20): TCouncilAction => ({ type: 'open-silence', clientId: id(), seatId: 'chair', at });
const reason = 'Our red line is crossed by this draft.';

describe('council procedure', () => {
  it('adopts an unbroken draft only once the silence deadline passes', () => {
    const inSilence = run([table(), open(20)]);
    const early = applyCouncilAction(inSilence, { type: 'tick', clientId: id(), at: 20 + 179 }, council);
    expect(early.ok && early.state.ended).toBe(null);
    const late = applyCouncilAction(inSilence, { type: 'tick', clientId: id(), at: 20 + 180 }, council);
    expect(late.ok && late.state.ended).toEqual({
      outcome: 'adopted',
      at: 200,
      round: 1,
      draft: { proposalId: 'p0', amendmentIds: ['a0'] },
    });
  });

  it('one broken silence blocks the draft, records the reason and starts a new round', () => {
    const state = run([
      table(),
      open(20),
      { type: 'break-silence', clientId: id(), seatId: 'd1', at: 30, reason },
    ]);
    expect(state.phase).toBe('tabling');
    expect(state.round).toBe(2);
    expect(state.brokenSilences).toEqual([
      { round: 1, at: 30, seatId: 'd1', reason, draft: { proposalId: 'p0', amendmentIds: ['a0'] } },
    ]);
    expect(state.events).toEqual([{ afterRound: 1, eventId: 'e0' }]);
    const later = applyCouncilAction(state, { type: 'tick', clientId: id(), at: 500 }, council);
    expect(later.ok && later.state.ended).toBe(null);
  });

  it('refuses a broken silence without a written reason, after the deadline, or from a seat without consent', () => {
    const state = run([table(), open(20)]);
    const breakBy = (seatId: string, at: number, text: string) =>
      applyCouncilAction(state, { type: 'break-silence', clientId: id(), seatId, at, reason: text }, council);
    expect(breakBy('d0', 30, '  no  ')).toEqual({ ok: false, reason: 'reason-required' });
    expect(breakBy('d0', 200, reason)).toEqual({ ok: false, reason: 'silence-over' });
    expect(breakBy('envoy', 30, reason)).toEqual({ ok: false, reason: 'no-consent' });
    expect(breakBy('chair', 30, reason)).toEqual({ ok: false, reason: 'no-consent' });
  });

  it('lets only the chair table and open silence, and checks the draft', () => {
    const start = startCouncil(1);
    const t = (seatId: string, proposalId: string, amendmentIds: string[]) =>
      applyCouncilAction(
        start,
        { type: 'table', clientId: id(), seatId, at: 1, draft: { proposalId, amendmentIds } },
        council,
      );
    expect(t('d0', 'p0', [])).toEqual({ ok: false, reason: 'not-chair' });
    expect(t('chair', 'nope', [])).toEqual({ ok: false, reason: 'unknown-proposal' });
    expect(t('chair', 'p1', ['a0'])).toEqual({ ok: false, reason: 'unknown-amendment' });
    expect(t('nobody', 'p0', [])).toEqual({ ok: false, reason: 'unknown-seat' });
    const floor = run([table()]);
    expect(
      applyCouncilAction(floor, { type: 'open-silence', clientId: id(), seatId: 'd0', at: 12 }, council),
    ).toEqual({
      ok: false,
      reason: 'not-chair',
    });
  });

  it('allows one statement per seat per round, within the length limit, and one re-table per round', () => {
    const floor = run([
      table(),
      { type: 'state', clientId: id(), seatId: 'envoy', at: 11, text: 'We ask for more.' },
    ]);
    const again = applyCouncilAction(
      floor,
      { type: 'state', clientId: id(), seatId: 'envoy', at: 12, text: 'More.' },
      council,
    );
    expect(again).toEqual({ ok: false, reason: 'already-stated' });
    const long = applyCouncilAction(
      floor,
      { type: 'state', clientId: id(), seatId: 'd0', at: 12, text: 'x'.repeat(201) },
      council,
    );
    expect(long).toEqual({ ok: false, reason: 'statement-too-long' });
    const retabled = run([table(), table(11)]);
    expect(retabled.drafts).toHaveLength(2);
    expect(applyCouncilAction(retabled, table(12), council)).toEqual({ ok: false, reason: 'retable-limit' });
  });

  it('records a double submit once: the same client id is a no-op', () => {
    const statement: TCouncilAction = {
      type: 'state',
      clientId: 'same',
      seatId: 'd0',
      at: 11,
      text: 'Agreed.',
    };
    const once = run([table(), statement]);
    const twice = applyCouncilAction(once, statement, council);
    expect(twice).toEqual({ ok: true, state: once });
  });

  it('ends with the clock run out, refuses late moves and time running backwards', () => {
    const floor = run([table(100)]);
    expect(applyCouncilAction(floor, open(50), council)).toEqual({ ok: false, reason: 'clock-backwards' });
    expect(applyCouncilAction(floor, open(35 * 60), council)).toEqual({ ok: false, reason: 'clock-run-out' });
    const out = applyCouncilAction(floor, { type: 'tick', clientId: id(), at: 35 * 60 }, council);
    expect(out.ok && out.state.ended).toEqual({ outcome: 'clock-run-out', at: 2100, round: 1 });
    expect(out.ok && applyCouncilAction(out.state, table(2200), council)).toEqual({
      ok: false,
      reason: 'council-ended',
    });
  });

  it('ends when the last round is blocked', () => {
    const block = (at: number): TCouncilAction => ({
      type: 'break-silence',
      clientId: id(),
      seatId: 'd0',
      at,
      reason,
    });
    const state = run([table(1), open(2), block(3), table(4), open(5), block(6)]);
    expect(state.ended).toEqual({ outcome: 'clock-run-out', at: 6, round: 2 });
  });

  it('replays its log to the same state', () => {
    const state = run([
      table(1),
      open(2),
      { type: 'break-silence', clientId: id(), seatId: 'd0', at: 3, reason },
    ]);
    expect(replayCouncil(council, 7, state.log)).toEqual({ ok: true, state });
  });
});
