import { z } from 'zod';
import { ZAsOf, ZId, ZSourceRef } from './question-schema';

/** A named wrong belief (`content/misconceptions/<id>.yaml`) that distractors reveal to teachers. */
export const ZMisconception = z
  .strictObject({
    id: ZId,
    /** The wrong belief, stated as a student would hold it. */
    statement: z.string().trim().min(10),
    correction: z.string().trim().min(20),
    sources: z.array(ZSourceRef).min(1, 'every correction cites at least one source'),
    asOf: ZAsOf,
    laterBackground: z.boolean().optional(),
  })
  .superRefine((m, ctx) => {
    if (m.statement.toLowerCase() === m.correction.toLowerCase())
      ctx.addIssue({ code: 'custom', path: ['correction'], message: 'the correction repeats the statement' });
  });

export type TMisconception = z.infer<typeof ZMisconception>;
