import { describe, expect, it } from 'vitest';
import { dueClockTick, nextClockDeadline, refetchDelayMs } from '@/lib/council/clock';
import { applyCouncilAction, startCouncil } from '@/lib/council/engine';
import type { TCouncilAction } from '@/lib/council/state';
import { buildCouncil, playActions } from './fixture';

/** 35 minutes (2100 s), 3-minute silences, two rounds. */
const council = buildCouncil({
  delegations: 2,
  proposals: [[3, 3]],
  amendments: [],
  events: [{ weight: 1, shifts: [0, 0] }],
  rounds: 2,
});

const run = (actions: TCouncilAction[]) => playActions(council, 3, actions);
const tabled: TCouncilAction = {
  type: 'table',
  clientId: 't1',
  seatId: 'chair',
  at: 10,
  draft: { proposalId: 'p0', amendmentIds: [] },
};
const opened = (at: number, clientId = 'o1'): TCouncilAction => ({
  type: 'open-silence',
  clientId,
  seatId: 'chair',
  at,
});

describe('the server clock', () => {
  it('next changes the table at the silence deadline during a silence, else at the clock’s end', () => {
    expect(nextClockDeadline(startCouncil(1), 2100)).toBe(2100);
    expect(nextClockDeadline(run([tabled]), 2100)).toBe(2100);
    expect(nextClockDeadline(run([tabled, opened(20)]), 2100)).toBe(200);
    // A silence opened near the end cannot outlast the clock.
    expect(nextClockDeadline(run([tabled, opened(2000)]), 2100)).toBe(2100);
    expect(nextClockDeadline({ phase: 'ended', silenceDeadline: null }, 2100)).toBeNull();
  });

  it('no tick before a deadline; at it, a tick that adopts the unbroken draft', () => {
    const silence = run([tabled, opened(20)]);
    expect(dueClockTick(silence, council, 199)).toBeNull();
    const tick = dueClockTick(silence, council, 260);
    expect(tick).toEqual({ type: 'tick', clientId: 'clock-r1-200', at: 260 });
    const adopted = applyCouncilAction(silence, tick!, council);
    expect(adopted.ok && adopted.state.ended).toEqual({
      outcome: 'adopted',
      at: 200,
      round: 1,
      draft: { proposalId: 'p0', amendmentIds: [] },
    });
    expect(adopted.ok && dueClockTick(adopted.state, council, 5000)).toBeNull();
  });

  it('two readers past the same deadline build the same action, whenever they read: it records once', () => {
    const silence = run([tabled, opened(20)]);
    const first = dueClockTick(silence, council, 201)!;
    const second = dueClockTick(silence, council, 230)!;
    expect(second.clientId).toBe(first.clientId);
    const once = applyCouncilAction(silence, first, council);
    if (!once.ok) throw new Error(once.reason);
    const again = applyCouncilAction(once.state, second, council);
    expect(again.ok && again.state.log.filter((a) => a.type === 'tick')).toHaveLength(1);
  });

  it('after the clock’s end, a tick that ends the council with the clock run out', () => {
    const floor = run([tabled]);
    expect(dueClockTick(floor, council, 2099)).toBeNull();
    const tick = dueClockTick(floor, council, 2400)!;
    expect(tick.clientId).toBe('clock-r1-2100');
    const ended = applyCouncilAction(floor, tick, council);
    expect(ended.ok && ended.state.ended).toEqual({ outcome: 'clock-run-out', at: 2100, round: 1 });
  });

  it('a later round’s silence with the same deadline gets its own id (the round is in it)', () => {
    const reason = 'Our red line is crossed by this draft.';
    const blocked = run([
      tabled,
      opened(20),
      { type: 'break-silence', clientId: 'b1', seatId: 'd0', at: 20, reason },
      { ...tabled, clientId: 't2', at: 20 },
      opened(20, 'o2'),
    ]);
    expect(dueClockTick(blocked, council, 200)?.clientId).toBe('clock-r2-200');
  });

  it('a screen fetches again just after the deadline it shows, by the server’s clock, not before', () => {
    const startedAt = '2026-02-02T09:00:00.000Z';
    const view = (
      serverNow: string,
      state: { phase: 'silence' | 'floor' | 'ended'; silenceDeadline: number | null },
    ) => refetchDelayMs({ startedAt, serverNow, table: { state, clock: { totalMinutes: 35 } } });
    // Silence until 3:20; the server said it was 2:30: 50 s to go, and a little past it.
    expect(view('2026-02-02T09:02:30.000Z', { phase: 'silence', silenceDeadline: 200 })).toBe(50_600);
    // No silence: the clock's end (35:00), from 34:59.5.
    expect(view('2026-02-02T09:34:59.500Z', { phase: 'floor', silenceDeadline: null })).toBe(1_100);
    // A view already past its deadline (its write lost a race) asks again shortly.
    expect(view('2026-02-02T09:03:30.000Z', { phase: 'silence', silenceDeadline: 200 })).toBe(2_000);
    expect(view('2026-02-02T09:40:00.000Z', { phase: 'ended', silenceDeadline: null })).toBeNull();
  });
});
