import { z } from 'zod';
import { ZAsOf, ZId, ZSourceRef } from './question-schema';
import { zSentences } from './prose-fields';

/** A glossary term (`content/glossary/<id>.yaml`), linked from briefings as `[[id]]`. */
export const ZGlossaryTerm = z
  .strictObject({
    id: ZId,
    term: z.string().trim().min(2),
    definition: zSentences(1, 3, 'definition'),
    sources: z.array(ZSourceRef).min(1, 'every definition cites at least one source'),
    asOf: ZAsOf,
    laterBackground: z.boolean().optional(),
    related: z.array(ZId).optional(),
  })
  .superRefine((term, ctx) => {
    if (term.related?.includes(term.id))
      ctx.addIssue({ code: 'custom', path: ['related'], message: 'a term cannot be related to itself' });
  });

export type TGlossaryTerm = z.infer<typeof ZGlossaryTerm>;
