import { z } from 'zod';
import { ZAsOf, ZId, ZSourceRef } from '@/lib/content/question-schema';

/**
 * The council format: what an author writes in `content/councils/<slug>.yaml` (see its README).
 * A stance is how ready a consenting seat is to let a draft pass, from 1 (red line crossed) to 5
 * (content); a draft's stance for a seat is the proposal's value plus the shifts of its amendments
 * and of the hypothetical events drawn so far, clamped to 1..5. At 3 or above a seat can live with it.
 */

export const STANCE_MIN = 1;
export const STANCE_MAX = 5;
/** The lowest stance at which a seat can accept a draft (its brief gives it no reason to object). */
export const ACCEPTABLE_STANCE = 3;
/** A seat this comfortable has nothing in its brief to object to; a first-round draft must not be this for all. */
export const COMFORTABLE_STANCE = 4;

const ZText = z.string().trim().min(1);

/** A sourced claim (sources + as-of date) or one labelled as belonging to a composite seat. */
export const ZClaim = z.union([
  z.strictObject({ text: ZText, sources: z.array(ZSourceRef).min(1), asOf: ZAsOf }),
  z.strictObject({ text: ZText, composite: z.literal(true) }),
]);

export const ZBrief = z.strictObject({
  interests: z.array(ZClaim).min(1),
  redLines: z.array(ZClaim).min(1),
  domesticConstraints: z.array(ZClaim).min(1),
  whatWouldMove: z.array(ZClaim).min(1),
});

/** Delegations give or withhold consent; the envoy speaks without consent; the chair tables drafts. */
export const SEAT_ROLES = ['delegation', 'envoy', 'chair'] as const;

export const ZSeat = z.strictObject({
  id: ZId,
  name: ZText,
  role: z.enum(SEAT_ROLES),
  /** True when the seat stands for a kind of ally rather than portraying a real government. */
  composite: z.boolean(),
  brief: ZBrief,
});

const ZStance = z.int().min(STANCE_MIN).max(STANCE_MAX);
const ZShifts = z.record(ZId, z.int().min(-4).max(4));

export const ZProposal = z.strictObject({
  id: ZId,
  label: ZText,
  /** The draft decision as the chair tables it. */
  text: ZText,
  sources: z.array(ZSourceRef).min(1),
  /** Each delegation's stance on this proposal unamended, before any event. */
  stances: z.record(ZId, ZStance),
});

export const ZAmendment = z.strictObject({
  id: ZId,
  label: ZText,
  text: ZText,
  appliesTo: z.array(ZId).min(1),
  sources: z.array(ZSourceRef).min(1),
  shifts: ZShifts,
});

export const ZCouncilEvent = z.strictObject({
  id: ZId,
  /** Always true: events between rounds are invented for play and say so. */
  hypothetical: z.literal(true),
  text: ZText,
  weight: z.int().positive(),
  /** The proposals whose stances the event moves; absent means every proposal. */
  appliesTo: z.array(ZId).min(1).optional(),
  shifts: ZShifts,
});

export const ZClock = z.strictObject({
  /** The whole council, from the first tabling; the clock running out ends it without a decision. */
  totalMinutes: z.int().min(5).max(90),
  /** How long a silence procedure runs before the draft is adopted. */
  silenceMinutes: z.int().min(1).max(15),
  rounds: z.int().min(1).max(8),
  /** How often the chair may re-table an amended draft within one round. */
  retablesPerRound: z.int().min(0).max(5),
});

/** A sourced claim only: the debrief's history is never a composite. */
const ZSourcedClaim = z.strictObject({ text: ZText, sources: z.array(ZSourceRef).min(1), asOf: ZAsOf });

export const ZDebrief = z.strictObject({
  /** What had happened as of the council's `asOf` date, to set the room's outcome against. */
  asOfOutcome: z.array(ZSourcedClaim).min(1),
  /** For each delegation, the obstacle it embodies, named in the debrief when it blocked. */
  obstacles: z.record(ZId, ZClaim),
});

export const ZCouncil = z
  .strictObject({
    slug: ZId,
    title: ZText,
    asOf: ZAsOf,
    briefing: ZText,
    sources: z.array(ZSourceRef).min(1),
    clock: ZClock,
    statementMaxChars: z.int().min(80).max(1000),
    seats: z.array(ZSeat).min(3),
    proposals: z.array(ZProposal).min(1),
    amendments: z.array(ZAmendment),
    events: z.array(ZCouncilEvent),
    debrief: ZDebrief,
  })
  .superRefine((council, ctx) => {
    for (const problem of findCouncilReferenceProblems(council))
      ctx.addIssue({ code: 'custom', message: problem });
  });

export type TClaim = z.infer<typeof ZClaim>;
export type TSeat = z.infer<typeof ZSeat>;
export type TCouncil = z.infer<typeof ZCouncil>;

type TUnrefinedCouncil = Omit<TCouncil, never>;

/** Ids unique, one chair, one envoy at most, every stance and shift naming a real delegation. */
export function findCouncilReferenceProblems(council: TUnrefinedCouncil): string[] {
  const problems: string[] = [];
  for (const [kind, items] of [
    ['seat', council.seats],
    ['proposal', council.proposals],
    ['amendment', council.amendments],
    ['event', council.events],
  ] as const) {
    const seen = new Set<string>();
    for (const { id } of items) {
      if (seen.has(id)) problems.push(`${kind} "${id}": duplicate id`);
      seen.add(id);
    }
  }
  const chairs = council.seats.filter((s) => s.role === 'chair').length;
  if (chairs !== 1) problems.push(`seats: exactly one chair is needed, found ${chairs}`);
  if (council.seats.filter((s) => s.role === 'envoy').length > 1) problems.push('seats: at most one envoy');
  const delegations = new Set(council.seats.filter((s) => s.role === 'delegation').map((s) => s.id));
  if (delegations.size < 2) problems.push('seats: at least two delegations are needed');
  const proposals = new Set(council.proposals.map((p) => p.id));
  for (const p of council.proposals) {
    for (const id of delegations)
      if (p.stances[id] === undefined) problems.push(`proposal "${p.id}": no stance for delegation "${id}"`);
    for (const id of Object.keys(p.stances))
      if (!delegations.has(id)) problems.push(`proposal "${p.id}": "${id}" is not a delegation`);
  }
  for (const a of [...council.amendments, ...council.events])
    for (const id of a.appliesTo ?? [])
      if (!proposals.has(id)) problems.push(`amendment "${a.id}": unknown proposal "${id}"`);
  for (const id of delegations)
    if (council.debrief.obstacles[id] === undefined)
      problems.push(`debrief: no obstacle for delegation "${id}"`);
  for (const id of Object.keys(council.debrief.obstacles))
    if (!delegations.has(id)) problems.push(`debrief: "${id}" is not a delegation`);
  for (const item of [...council.amendments, ...council.events])
    for (const id of Object.keys(item.shifts))
      if (!delegations.has(id)) problems.push(`"${item.id}": shift for "${id}", which is not a delegation`);
  return problems;
}
