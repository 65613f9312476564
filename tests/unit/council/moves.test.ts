import { describe, expect, it } from 'vitest';
import { getCouncil } from '@/lib/council/catalog';
import { applyCouncilAction, clockSeconds, startCouncil } from '@/lib/council/engine';
import { ZCouncilMoveBody, actionForMove } from '@/lib/council/moves';
import { debriefView, publicTable } from '@/lib/council/public-table';
import type { TCouncilAction, TCouncilState } from '@/lib/council/state';

const council = getCouncil('the-council')!.council;
const seat = (seatId: string, at: number) => ({ seatId, clientId: `c-${seatId}-${at}`, at });

function play(actions: TCouncilAction[]): TCouncilState {
  let state = startCouncil(1);
  for (const action of actions) {
    const result = applyCouncilAction(state, action, council);
    if (!result.ok) throw new Error(result.reason);
    state = result.state;
  }
  return state;
}

/** The chair tables "defer" at 0:05 and opens silence at 0:10. */
const DEFER_IN_SILENCE: TCouncilAction[] = [
  { type: 'table', clientId: 't', seatId: 'chair', at: 5, draft: { proposalId: 'defer', amendmentIds: [] } },
  { type: 'open-silence', clientId: 'o', seatId: 'chair', at: 10 },
];

describe('the chair’s and delegations’ moves', () => {
  it('closing silence moves the council’s clock to the deadline, so an unbroken draft is adopted', () => {
    const tabled = play(DEFER_IN_SILENCE);
    const close = actionForMove({ type: 'close-silence' }, seat('chair', 20), tabled.silenceDeadline, 2100);
    expect(close).toEqual({
      type: 'tick',
      clientId: 'c-chair-20',
      at: 10 + council.clock.silenceMinutes * 60,
    });
    const closed = applyCouncilAction(tabled, close!, council);
    expect(closed.ok && closed.state.ended?.outcome).toBe('adopted');
  });

  it('there is nothing to close without a silence, and ending is refused during one (it would adopt)', () => {
    expect(actionForMove({ type: 'close-silence' }, seat('chair', 20), null, 2100)).toBeNull();
    expect(actionForMove({ type: 'end' }, seat('chair', 20), 200, 2100)).toBeNull();
    const end = actionForMove({ type: 'end' }, seat('chair', 20), null, clockSeconds(council));
    const ended = applyCouncilAction(startCouncil(1), end!, council);
    expect(ended.ok && ended.state.ended?.outcome).toBe('clock-run-out');
  });

  it('a move names no seat and no time: the server supplies both', () => {
    const body = {
      clientId: 'abcdefgh12',
      seq: 0,
      move: { type: 'break-silence', reason: 'No.', seatId: 'germany' },
    };
    expect(ZCouncilMoveBody.safeParse(body).success).toBe(false);
    expect(ZCouncilMoveBody.safeParse({ ...body, move: { type: 'open-silence', at: 0 } }).success).toBe(
      false,
    );
  });

  it('the debrief is public only once the council has ended, and names each blocker’s obstacle', () => {
    const blocked = play([
      ...DEFER_IN_SILENCE,
      {
        type: 'break-silence',
        clientId: 'b',
        seatId: 'germany',
        at: 12,
        reason: 'A settled line must come first.',
      },
    ]);
    expect(publicTable(council, blocked).debrief).toBeNull();
    expect(debriefView(council, blocked).blockers).toEqual([
      { seatId: 'germany', name: 'Germany', obstacle: council.debrief.obstacles['germany'], times: 1 },
    ]);
    const ended = play([...blocked.log, { type: 'tick', clientId: 'end', at: clockSeconds(council) }]);
    expect(publicTable(council, ended).debrief?.asOfOutcome).toEqual(council.debrief.asOfOutcome);
  });
});
