import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCouncilAction, replayCouncil, startCouncil } from '@/lib/council/engine';
import { playBotCouncil } from '@/lib/council/simulate';
import type { TCouncil } from '@/lib/council/schema';
import type { TCouncilState } from '@/lib/council/state';
import { viewForSeat } from '@/lib/council/view';
import { arbCouncil, arbMove, toAction, type TMove } from './fixture';

/** Applies generated moves (many refused, some repeated client ids) and returns every accepted state. */
function playMoves(council: TCouncil, seed: number, moves: TMove[]): TCouncilState[] {
  const states = [startCouncil(seed)];
  for (const move of moves) {
    const state = states[states.length - 1] ?? startCouncil(seed);
    const result = applyCouncilAction(state, toAction(council, move, state.now), council);
    if (result.ok) states.push(result.state);
  }
  return states;
}

const seed = fc.integer({ min: 0, max: 0xffffffff });
const moves = fc.array(arbMove, { maxLength: 60 });

describe('random councils', () => {
  it('terminate: bot play always ends, adopted or with the clock run out, within the rounds', () => {
    fc.assert(
      fc.property(arbCouncil, seed, (council, s) => {
        const final = playBotCouncil(council, s);
        expect(final.ended?.outcome).toMatch(/^(adopted|clock-run-out)$/);
        expect(final.round).toBeLessThanOrEqual(council.clock.rounds);
        expect(final.now).toBeLessThanOrEqual(council.clock.totalMinutes * 60);
      }),
      { numRuns: 80 },
    );
  });

  it('replay exact: the action log reproduces the state from the seed', () => {
    fc.assert(
      fc.property(arbCouncil, seed, moves, (council, s, ms) => {
        const final = playMoves(council, s, ms).at(-1) ?? startCouncil(s);
        expect(replayCouncil(council, s, final.log)).toEqual({ ok: true, state: final });
        const bots = playBotCouncil(council, s);
        expect(replayCouncil(council, s, bots.log)).toEqual({ ok: true, state: bots });
      }),
      { numRuns: 80 },
    );
  });

  it('a double submit records once: re-applying any accepted action changes nothing', () => {
    fc.assert(
      fc.property(arbCouncil, seed, moves, (council, s, ms) => {
        for (const state of playMoves(council, s, ms)) {
          const last = state.log.at(-1);
          if (last) expect(applyCouncilAction(state, last, council)).toEqual({ ok: true, state });
          expect(new Set(state.appliedClientIds).size).toBe(state.appliedClientIds.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('one broken silence blocks: a draft is never adopted in a round whose silence was broken', () => {
    fc.assert(
      fc.property(arbCouncil, seed, moves, (council, s, ms) => {
        const final = playMoves(council, s, ms).at(-1) ?? startCouncil(s);
        const adopted = final.ended?.outcome === 'adopted' ? final.ended.round : null;
        if (adopted !== null) expect(final.brokenSilences.some((b) => b.round === adopted)).toBe(false);
        const finalBots = playBotCouncil(council, s);
        if (finalBots.ended?.outcome === 'adopted')
          expect(finalBots.brokenSilences.map((b) => b.round)).not.toContain(finalBots.ended.round);
      }),
      { numRuns: 80 },
    );
  });

  it("a brief never reaches another seat's view", () => {
    fc.assert(
      fc.property(arbCouncil, seed, moves, (council, s, ms) => {
        const final = playMoves(council, s, ms).at(-1) ?? startCouncil(s);
        for (const seat of council.seats) {
          const view = JSON.stringify(viewForSeat(final, council, seat.id));
          for (const other of council.seats.filter((o) => o.id !== seat.id))
            for (const claims of Object.values(other.brief))
              for (const claim of claims) expect(view).not.toContain(claim.text);
        }
      }),
      { numRuns: 40 },
    );
  });
});
