import fc from 'fast-check';
import { applyCouncilAction, startCouncil } from '@/lib/council/engine';
import { ZCouncil, type TCouncil } from '@/lib/council/schema';
import type { TCouncilAction } from '@/lib/council/state';

const claim = (text: string) => ({ text, composite: true as const });
const brief = (who: string) => ({
  interests: [claim(`${who} interest`)],
  redLines: [claim(`${who} red line, stated at length`)],
  domesticConstraints: [claim(`${who} constraint`)],
  whatWouldMove: [claim(`${who} mover`)],
});

/** A council built from generated numbers, validated by the real schema. */
export function buildCouncil(spec: {
  delegations: number;
  proposals: number[][];
  amendments: { applies: number; shifts: number[] }[];
  events: { weight: number; shifts: number[] }[];
  rounds: number;
}): TCouncil {
  const ids = Array.from({ length: spec.delegations }, (_, i) => `d${i}`);
  const shiftsOf = (values: number[]) => Object.fromEntries(ids.map((id, i) => [id, values[i] ?? 0]));
  return ZCouncil.parse({
    slug: 'generated',
    title: 'Generated',
    asOf: '2024-10',
    briefing: 'A generated council.',
    sources: ['article#p1'],
    clock: { totalMinutes: 35, silenceMinutes: 3, rounds: spec.rounds, retablesPerRound: 1 },
    statementMaxChars: 200,
    seats: [
      { id: 'chair', name: 'Chair', role: 'chair', composite: true, brief: brief('chair') },
      { id: 'envoy', name: 'Envoy', role: 'envoy', composite: true, brief: brief('envoy') },
      ...ids.map((id) => ({ id, name: id, role: 'delegation', composite: true, brief: brief(id) })),
    ],
    proposals: spec.proposals.map((stances, p) => ({
      id: `p${p}`,
      label: `P${p}`,
      text: `Proposal ${p}`,
      sources: ['article#p1'],
      stances: Object.fromEntries(ids.map((id, i) => [id, stances[i] ?? 3])),
    })),
    amendments: spec.amendments.map((a, i) => ({
      id: `a${i}`,
      label: `A${i}`,
      text: `Amendment ${i}`,
      appliesTo: [`p${a.applies % spec.proposals.length}`],
      sources: ['article#p1'],
      shifts: shiftsOf(a.shifts),
    })),
    events: spec.events.map((e, i) => ({
      id: `e${i}`,
      hypothetical: true,
      text: `Hypothetical: event ${i}`,
      weight: e.weight,
      shifts: shiftsOf(e.shifts),
    })),
    debrief: {
      asOfOutcome: [{ text: 'What had happened.', sources: ['article#p1'], asOf: '2024-10' }],
      obstacles: Object.fromEntries(
        ids.map((id) => [id, { text: `The obstacle ${id} stands for.`, composite: true }]),
      ),
    },
  });
}

const shifts = fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 6, maxLength: 6 });

export const arbCouncil = fc
  .record({
    delegations: fc.integer({ min: 2, max: 6 }),
    proposals: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }), {
      minLength: 1,
      maxLength: 4,
    }),
    amendments: fc.array(fc.record({ applies: fc.nat(), shifts }), { maxLength: 3 }),
    events: fc.array(fc.record({ weight: fc.integer({ min: 1, max: 3 }), shifts }), { maxLength: 3 }),
    rounds: fc.integer({ min: 1, max: 4 }),
  })
  .map(buildCouncil);

/** Raw material for an action; `toAction` turns it into a (possibly refused) action for a council. */
export const arbMove = fc.record({
  kind: fc.integer({ min: 0, max: 4 }),
  seat: fc.nat(),
  dt: fc.integer({ min: 0, max: 200 }),
  proposal: fc.nat(),
  mask: fc.nat(),
  client: fc.integer({ min: 0, max: 60 }),
  words: fc.integer({ min: 0, max: 4 }),
});

export type TMove = typeof arbMove extends fc.Arbitrary<infer T> ? T : never;

export function toAction(council: TCouncil, move: TMove, now: number): TCouncilAction {
  const seat = council.seats[move.seat % council.seats.length]?.id ?? 'chair';
  const at = now + move.dt;
  const clientId = `c${move.client}`;
  const text = 'a reason worth stating '.repeat(move.words);
  const proposal = council.proposals[move.proposal % council.proposals.length];
  const amendmentIds = council.amendments.filter((_, i) => (move.mask >> i) & 1).map((a) => a.id);
  switch (move.kind) {
    case 0:
      return {
        type: 'table',
        clientId,
        seatId: seat,
        at,
        draft: { proposalId: proposal?.id ?? 'x', amendmentIds },
      };
    case 1:
      return { type: 'state', clientId, seatId: seat, at, text };
    case 2:
      return { type: 'open-silence', clientId, seatId: seat, at };
    case 3:
      return { type: 'break-silence', clientId, seatId: seat, at, reason: text };
    default:
      return { type: 'tick', clientId, at };
  }
}

/** The state after the actions, from the seed; throws on a refused one, naming it. */
export function playActions(council: TCouncil, seed: number, actions: readonly TCouncilAction[]) {
  let state = startCouncil(seed);
  for (const action of actions) {
    const result = applyCouncilAction(state, action, council);
    if (!result.ok) throw new Error(`${action.type}: ${result.reason}`);
    state = result.state;
  }
  return state;
}
