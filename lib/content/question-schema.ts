import { z } from 'zod';

/**
 * The question schema: what an author writes in `content/modules/<slug>/quiz.yaml`.
 * Teaching rules live in refinements so that `content:check` rejects a question that would teach badly.
 * Shared by the content toolchain, the grader and the public projection; never import it into a
 * client component together with real questions (answer keys live here).
 */

export const ZId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase kebab-case (a-z, 0-9, -)');

/** `sourceId#locator`, e.g. `article#p3` or `north-atlantic-treaty#art5`. */
export const ZSourceRef = z
  .string()
  .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'a source reference looks like "article#p3"');

/** Year-month or full date; content is framed as of October 2024. */
export const ZAsOf = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'as-of dates are YYYY-MM or YYYY-MM-DD');

export const ZClaimKind = z.enum(['fact', 'attributed-position', 'interpretation']);
/** Whether the question asks for recall (when, who) or a mechanism (why, what follows). */
export const ZSkill = z.enum(['recall', 'mechanism']);

const ZQuestionBase = z.object({
  id: ZId,
  prompt: z.string().min(10),
  explanation: z.string().min(20),
  sources: z.array(ZSourceRef).min(1, 'every question cites at least one source'),
  asOf: ZAsOf,
  /** Set when a fact is background dated after October 2024, so the as-of rule allows it. */
  laterBackground: z.boolean().optional(),
  topic: ZId,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  claimKind: ZClaimKind,
  skill: ZSkill,
  /** Glossary term ids this question links to. */
  terms: z.array(ZId).default([]),
  /** Ids of questions in other modules this one deliberately repeats (spaced repetition), so the near-duplicate check allows the pair. */
  repeats: z.array(ZId).optional(),
});

const ZOption = z.object({
  id: ZId,
  text: z.string().min(1),
  correct: z.boolean().default(false),
  /** Shown after answering when this option was chosen; required on every distractor. */
  feedback: z.string().optional(),
  /** Misconception id this distractor reveals. */
  misconception: ZId.optional(),
});

export const ZSingleChoice = ZQuestionBase.extend({
  type: z.literal('single'),
  options: z.array(ZOption).min(2).max(6),
});
export const ZMultipleSelect = ZQuestionBase.extend({
  type: z.literal('multi'),
  options: z.array(ZOption).min(3).max(8),
});
export const ZTrueFalse = ZQuestionBase.extend({
  type: z.literal('true-false'),
  answer: z.boolean(),
  /** Feedback for a student who picked the wrong value. */
  wrongFeedback: z.string().min(1),
  misconception: ZId.optional(),
});
export const ZOrdering = ZQuestionBase.extend({
  type: z.literal('ordering'),
  /** Items in the correct order. The player shows them shuffled. */
  items: z.array(z.object({ id: ZId, text: z.string().min(1) })).min(3, 'ordering needs at least 3 steps'),
  misconception: ZId.optional(),
});
export const ZMatching = ZQuestionBase.extend({
  type: z.literal('matching'),
  /** Left and right ids are separate so the public projection cannot reveal pairs by id. */
  pairs: z
    .array(
      z.object({
        left: z.object({ id: ZId, text: z.string().min(1) }),
        right: z.object({ id: ZId, text: z.string().min(1) }),
        /** Misconception revealed by matching this left to a wrong right. */
        misconception: ZId.optional(),
      }),
    )
    .min(3, 'matching needs at least 3 pairs'),
});
export const ZNumeric = ZQuestionBase.extend({
  type: z.literal('numeric'),
  answer: z.number(),
  tolerance: z.number().nonnegative(),
  unit: z.string().min(1),
  /** Common wrong values, each with feedback and optionally a misconception. */
  commonErrors: z
    .array(z.object({ value: z.number(), feedback: z.string().min(1), misconception: ZId.optional() }))
    .default([]),
  /** Feedback for any other wrong value. */
  wrongFeedback: z.string().min(1),
});

function checkOptions(q: { options: z.infer<typeof ZOption>[]; type: string }, ctx: z.RefinementCtx): void {
  const ids = q.options.map((o) => o.id);
  if (new Set(ids).size !== ids.length)
    ctx.addIssue({ code: 'custom', message: 'option ids must be unique' });
  const texts = q.options.map((o) => o.text.trim().toLowerCase());
  if (new Set(texts).size !== texts.length)
    ctx.addIssue({ code: 'custom', message: 'options must be unique' });
  const correct = q.options.filter((o) => o.correct).length;
  if (q.type === 'single' && correct !== 1)
    ctx.addIssue({
      code: 'custom',
      message: `single choice needs exactly one correct option, found ${correct}`,
    });
  if (q.type === 'multi' && correct < 2)
    ctx.addIssue({
      code: 'custom',
      message: `multiple select needs at least two correct options, found ${correct}`,
    });
  if (q.type === 'multi' && correct === q.options.length)
    ctx.addIssue({ code: 'custom', message: 'multiple select needs at least one distractor' });
  for (const o of q.options) {
    if (!o.correct && !o.feedback?.trim())
      ctx.addIssue({ code: 'custom', message: `distractor "${o.id}" has no feedback` });
    // A misconception tag tells teachers what a wrong choice reveals; on a correct option it would mislead.
    if (o.correct && o.misconception)
      ctx.addIssue({
        code: 'custom',
        message: `correct option "${o.id}" must not carry a misconception tag`,
      });
  }
}

export const ZQuestion = z
  .discriminatedUnion('type', [ZSingleChoice, ZMultipleSelect, ZTrueFalse, ZOrdering, ZMatching, ZNumeric])
  .superRefine((q, ctx) => {
    if (q.type === 'single' || q.type === 'multi') checkOptions(q, ctx);
    if (q.type === 'ordering') {
      const ids = q.items.map((i) => i.id);
      if (new Set(ids).size !== ids.length)
        ctx.addIssue({ code: 'custom', message: 'ordering item ids must be unique' });
    }
    if (q.type === 'matching') {
      const lefts = q.pairs.map((p) => p.left.id);
      const rights = q.pairs.map((p) => p.right.id);
      const all = [...lefts, ...rights];
      if (new Set(all).size !== all.length)
        ctx.addIssue({ code: 'custom', message: 'matching ids must be unique across both sides' });
    }
    if (q.type === 'numeric') {
      for (const e of q.commonErrors) {
        if (Math.abs(e.value - q.answer) <= q.tolerance)
          ctx.addIssue({
            code: 'custom',
            message: `common error ${e.value} lies within the tolerance of the answer`,
          });
      }
    }
  });

export type TQuestion = z.infer<typeof ZQuestion>;
export type TQuestionType = TQuestion['type'];
export const QUESTION_TYPES = ['single', 'multi', 'true-false', 'ordering', 'matching', 'numeric'] as const;
