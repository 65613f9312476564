import { z } from 'zod';
import { ZAsOf, ZId, ZSourceRef } from '@/lib/content/question-schema';
import { ZCondition } from './condition-schema';
import { OBSTACLE_IDS } from './obstacles';
import { findReferenceProblems } from './scenario-references';

/**
 * The scenario format: what an author writes in `content/scenarios/<slug>.yaml`.
 * Nodes, choices and outcomes are referenced by string id, never by position, so reordering a file
 * never changes what a stored run means. Reference integrity (targets, meters, flags, endings) is
 * checked here so that a scenario that parses is one the engine can run.
 */

/** The id the engine gives the single choice of an event node; authors may not reuse it. */
export const CONTINUE_CHOICE_ID = 'continue';

/** Every node, choice and outcome says which obstacles it models and which source backs it. */
const citation = {
  obstacles: z.array(z.enum(OBSTACLE_IDS)).min(1, 'name at least one obstacle'),
  sources: z.array(ZSourceRef).min(1, 'cite at least one source'),
};

const ZText = z.string().trim().min(1);

/** Meter changes are deltas (clamped by the engine); flags are set to the given value. */
export const ZEffects = z.strictObject({
  meters: z.record(ZId, z.int()).optional(),
  flags: z.record(ZId, z.boolean()).optional(),
});

/** One step of a conditional next: the first branch whose `if` holds wins; the last has no `if`. */
export const ZBranch = z.strictObject({ if: ZCondition.optional(), goto: ZId });

export const ZNext = z.union([
  ZId,
  z
    .array(ZBranch)
    .min(1)
    .refine((branches) => branches.every((b, i) => (i === branches.length - 1) === (b.if === undefined)), {
      message: 'a conditional next lists {if, goto} branches and ends with one {goto} default',
    }),
]);

export const ZChoice = z.strictObject({
  id: ZId.refine((id) => id !== CONTINUE_CHOICE_ID, `"${CONTINUE_CHOICE_ID}" is reserved for events`),
  label: ZText,
  /** Shown after the choice is made: its immediate consequences in words. */
  consequence: ZText,
  /** When absent the choice is always available at its node. */
  when: ZCondition.optional(),
  effects: ZEffects.default({}),
  next: ZNext,
  ...citation,
});

export const ZOutcome = z.strictObject({
  id: ZId,
  label: ZText,
  consequence: ZText,
  /** Relative weight of this outcome in the seeded draw. */
  weight: z.int().positive(),
  effects: ZEffects.default({}),
  next: ZNext,
  ...citation,
});

const nodeBase = { id: ZId, title: ZText, text: ZText, ...citation };

export const ZDecisionNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('decision'),
  choices: z.array(ZChoice).min(1),
});

export const ZEventNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('event'),
  /** Label of the single choice that draws the outcome. */
  continueLabel: ZText.default('See what happens'),
  outcomes: z.tuple([ZOutcome], ZOutcome),
});

export const ZClaim = z.strictObject({
  claim: z.enum(['fact', 'attributed-position', 'interpretation']),
  text: ZText,
  sources: z.array(ZSourceRef).min(1),
});

/**
 * Something an ending's text says about the path that led to it ("the invitation came with limits on
 * Article 5"), with the condition that makes it true. `scenario:check` proves the condition holds on
 * every reachable path that ends there, so the text never claims what a run did not contain.
 */
export const ZEndingClaim = z.strictObject({ says: ZText, holds: ZCondition });

/** A debrief line shown only to runs where its condition holds; `scenario:check` proves some run sees it. */
export const ZPathNote = z.strictObject({ when: ZCondition, text: ZText });

export const ZEndingNode = z.strictObject({
  ...nodeBase,
  kind: z.literal('ending'),
  /** Absent only on the one fallback ending, which must be the last ending in the file. */
  when: ZCondition.optional(),
  claims: z.array(ZEndingClaim).default([]),
  debrief: z.strictObject({
    /** What the player's choices correspond to in real diplomacy. */
    inReality: ZText,
    /** Lines about this run's own path, each shown only when its condition holds. */
    pathNotes: z.array(ZPathNote).default([]),
    /** Where the outcome rests on the designers' modelling rather than on a source, said plainly. */
    assumption: ZText.optional(),
    /** What had actually happened by the scenario's as-of date, claim by claim, with sources. */
    record: z.array(ZClaim).min(1),
  }),
});

export const ZNode = z.discriminatedUnion('kind', [ZDecisionNode, ZEventNode, ZEndingNode]);

export const ZMeter = z
  .strictObject({
    id: ZId,
    label: ZText,
    min: z.int(),
    max: z.int(),
    start: z.int(),
    /** Which direction is good for the player's side; drives the display and the greedy policy. */
    good: z.enum(['high', 'low']),
    description: ZText,
  })
  .refine((m) => m.min < m.max && m.start >= m.min && m.start <= m.max, {
    message: 'a meter needs min < max and min <= start <= max',
  });

export const ZFlag = z.strictObject({ id: ZId, description: ZText, start: z.boolean().default(false) });

/** The scenario's shape before reference checks; kept separate so its type is not circular. */
const ZScenarioShape = z.strictObject({
  slug: ZId,
  title: ZText,
  asOf: ZAsOf,
  role: ZText,
  briefing: ZText,
  /** Sources for the role and briefing. */
  sources: z.array(ZSourceRef).min(1, 'cite at least one source for the briefing'),
  /** Upper bound on steps (decisions and event draws); every path must end within it. */
  maxSteps: z.int().positive(),
  start: ZId,
  meters: z.array(ZMeter).min(1),
  flags: z.array(ZFlag).default([]),
  nodes: z.array(ZNode).min(1),
});

export const ZScenario = ZScenarioShape.superRefine((scenario, ctx) => {
  for (const message of findReferenceProblems(scenario)) ctx.addIssue({ code: 'custom', message });
});

export type TEffects = z.infer<typeof ZEffects>;
export type TNext = z.infer<typeof ZNext>;
export type TChoice = z.infer<typeof ZChoice>;
export type TOutcome = z.infer<typeof ZOutcome>;
export type TDecisionNode = z.infer<typeof ZDecisionNode>;
export type TEventNode = z.infer<typeof ZEventNode>;
export type TEndingNode = z.infer<typeof ZEndingNode>;
export type TNode = z.infer<typeof ZNode>;
export type TMeter = z.infer<typeof ZMeter>;
export type TScenario = z.infer<typeof ZScenarioShape>;
/** What an author writes, before defaults are filled in; used to build scenarios in code. */
export type TScenarioInput = z.input<typeof ZScenario>;
