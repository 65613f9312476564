import { z } from 'zod';

/**
 * The run state: everything needed to continue or audit a run, as plain JSON so the web layer can
 * store it in a database column and parse it back with `ZRunState`. Texts are not stored; they are
 * looked up in the scenario, whose version the web layer records beside the state.
 */

export const ZLogEntry = z.strictObject({
  nodeId: z.string(),
  /** A decision's choice id, or "continue" at an event. */
  choiceId: z.string(),
  /** The outcome drawn at an event node. */
  outcomeId: z.string().optional(),
});

export const ZRunEnd = z.strictObject({
  /** `step-limit` means the run was cut off at maxSteps; the checker forbids that in real content. */
  reason: z.enum(['ending-reached', 'step-limit']),
});

export const ZRunState = z
  .strictObject({
    /** The current node; once the run has ended, the ending that was selected. */
    nodeId: z.string(),
    meters: z.record(z.string(), z.int()),
    flags: z.record(z.string(), z.boolean()),
    log: z.array(ZLogEntry),
    /** mulberry32 state after the last draw; the next event draws from here. */
    rngState: z.int().min(0).max(0xffffffff),
    /** Steps taken so far (decisions and event draws); always equal to the log's length. */
    step: z.int().min(0),
    ended: ZRunEnd.optional(),
  })
  .refine((s) => s.step === s.log.length, { message: 'step must equal the number of log entries' });

export type TLogEntry = z.infer<typeof ZLogEntry>;
export type TRunState = z.infer<typeof ZRunState>;
