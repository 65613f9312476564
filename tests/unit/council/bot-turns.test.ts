import { describe, expect, it } from 'vitest';
import { applyWithBots, botMoves } from '@/lib/council/bot-turns';
import { getCouncil } from '@/lib/council/catalog';
import { startCouncil } from '@/lib/council/engine';
import { stanceOn } from '@/lib/council/stance';
import type { TCouncilAction } from '@/lib/council/state';

const council = getCouncil('the-council')!.council;
const bots = ['frontline-ally', 'large-western-ally', 'holdout-ally', 'swing-ally'];
const table = (proposalId: string): TCouncilAction => ({
  type: 'table',
  clientId: 'c-table',
  seatId: 'chair',
  at: 10,
  draft: { proposalId, amendmentIds: [] },
});

describe('bot seats answering the humans', () => {
  it('every bot seat speaks once on a tabled draft, the human seats do not', () => {
    const result = applyWithBots(council, startCouncil(7), table('defer'), bots);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.statements.map((s) => s.seatId).sort()).toEqual([...bots].sort());
    expect(result.state.statements.every((s) => s.at === 10)).toBe(true);
    expect(botMoves(council, result.state, bots, 20)).toEqual([]);
  });

  it('a bot whose red line the draft crosses (stance 1) always breaks silence, with its red line as reason', () => {
    const holdout = council.seats.find((s) => s.id === 'holdout-ally')!;
    const crossing = council.proposals.find(
      (p) => stanceOn(council, 'holdout-ally', { proposalId: p.id, amendmentIds: [] }, []) === 1,
    );
    expect(crossing).toBeDefined();
    const tabled = applyWithBots(council, startCouncil(3), table(crossing!.id), ['holdout-ally']);
    if (!tabled.ok) throw new Error(tabled.reason);
    const open = { type: 'open-silence', clientId: 'c-open', seatId: 'chair', at: 30 } as const;
    const silenced = applyWithBots(council, tabled.state, open, ['holdout-ally']);
    if (!silenced.ok) throw new Error(silenced.reason);
    expect(silenced.state.brokenSilences).toEqual([
      expect.objectContaining({
        seatId: 'holdout-ally',
        at: 30,
        reason: holdout.brief.redLines[0]!.text.slice(0, council.statementMaxChars),
      }),
    ]);
    expect(silenced.state.round).toBe(2);
  });
});
