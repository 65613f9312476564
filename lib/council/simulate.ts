import { applyCouncilAction, clockSeconds, startCouncil } from './engine';
import { botSilenceDecision, botStatement, randomDraft } from './bots';
import type { TCouncil } from './schema';
import type { TCouncilAction, TCouncilState } from './state';

/**
 * Plays a whole council with every seat a bot: a random chair and delegations following their briefs.
 * The timeline models a lesson: a minute to table, half a minute per statement, a minute before the
 * chair opens silence, then the silence window. Returns the final state; throws if the engine refuses
 * a move the bots made, so a test sees engine bugs.
 */
export const TIMING = { tableSeconds: 60, statementSeconds: 30, beforeSilenceSeconds: 60 };

export function playBotCouncil(council: TCouncil, seed: number): TCouncilState {
  let state = startCouncil(seed);
  let counter = 0;
  const apply = (action: TCouncilAction): void => {
    const result = applyCouncilAction(state, action, council);
    if (!result.ok) throw new Error(`bot move ${action.type} refused: ${result.reason}`);
    state = result.state;
  };
  const id = () => `bot-${++counter}`;
  const chair = council.seats.find((s) => s.role === 'chair')?.id ?? '';
  const voiced = council.seats.filter((s) => s.role !== 'chair').map((s) => s.id);
  const limit = clockSeconds(council);
  for (let guard = 0; guard < council.clock.rounds + 1 && !state.ended; guard++) {
    let t = state.now + TIMING.tableSeconds;
    if (t >= limit) return tickTo(state, council, limit, id());
    apply({ type: 'table', clientId: id(), seatId: chair, at: t, draft: randomDraft(council, state) });
    for (const seatId of voiced) {
      t += TIMING.statementSeconds;
      if (t >= limit) return tickTo(state, council, limit, id());
      const statement = botStatement(council, state, seatId, id(), t);
      if (statement) apply(statement);
    }
    t += TIMING.beforeSilenceSeconds;
    if (t >= limit) return tickTo(state, council, limit, id());
    apply({ type: 'open-silence', clientId: id(), seatId: chair, at: t });
    const window = council.clock.silenceMinutes * 60;
    const breaker = voiced
      .map((seatId) => ({ seatId, ...botSilenceDecision(council, state, seatId) }))
      .filter((d) => d.breaks)
      .sort((a, b) => a.atShare - b.atShare)[0];
    const breakAt = breaker ? t + Math.floor(breaker.atShare * window) : Infinity;
    if (breaker && breakAt < limit)
      apply({
        type: 'break-silence',
        clientId: id(),
        seatId: breaker.seatId,
        at: breakAt,
        reason: breaker.reason,
      });
    else apply({ type: 'tick', clientId: id(), at: Math.min(t + window, limit) });
  }
  return state.ended ? state : tickTo(state, council, limit, id());
}

function tickTo(state: TCouncilState, council: TCouncil, at: number, clientId: string): TCouncilState {
  const result = applyCouncilAction(state, { type: 'tick', clientId, at }, council);
  return result.ok ? result.state : state;
}

export type TCouncilSimulation = {
  runs: number;
  outcomes: Record<string, { count: number; share: number }>;
  /** Adopted drafts by proposal id. */
  adoptedProposals: Record<string, number>;
  minutesToOutcome: { min: number; median: number; max: number };
  blocksBySeat: Record<string, number>;
};

export function simulateCouncil(council: TCouncil, runs: number, seed: number): TCouncilSimulation {
  const outcomes: Record<string, { count: number; share: number }> = {};
  const adoptedProposals: Record<string, number> = {};
  const blocksBySeat: Record<string, number> = {};
  const minutes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const final = playBotCouncil(council, (seed + i * 7919) >>> 0);
    const ended = final.ended;
    const outcome = ended?.outcome ?? 'unfinished';
    outcomes[outcome] = { count: (outcomes[outcome]?.count ?? 0) + 1, share: 0 };
    if (ended?.outcome === 'adopted')
      adoptedProposals[ended.draft.proposalId] = (adoptedProposals[ended.draft.proposalId] ?? 0) + 1;
    for (const b of final.brokenSilences) blocksBySeat[b.seatId] = (blocksBySeat[b.seatId] ?? 0) + 1;
    minutes.push((ended?.at ?? final.now) / 60);
  }
  for (const o of Object.values(outcomes)) o.share = o.count / runs;
  minutes.sort((a, b) => a - b);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    runs,
    outcomes,
    adoptedProposals,
    minutesToOutcome: {
      min: round1(minutes[0] ?? 0),
      median: round1(minutes[Math.floor(minutes.length / 2)] ?? 0),
      max: round1(minutes[minutes.length - 1] ?? 0),
    },
    blocksBySeat,
  };
}
