import { z } from 'zod';
import { ZAsOf, ZId } from './question-schema';
import { zSentences } from './prose-fields';

/** `content/modules/<slug>/module.yaml`. */
export const ZModuleMeta = z.strictObject({
  id: ZId,
  order: z.number().int().min(1).max(6),
  title: z.string().trim().min(3),
  summary: zSentences(1, 1, 'summary'),
  topic: ZId,
  objectives: z
    .array(z.string().trim().min(10, 'an objective says what the student will be able to do'))
    .min(3, 'a module has 3-5 learning objectives')
    .max(5, 'a module has 3-5 learning objectives'),
  asOf: ZAsOf,
  laterBackground: z.boolean().optional(),
});

/** `quiz.yaml`; each question is validated on its own so that one bad question does not hide the others. */
export const ZQuizFile = z.strictObject({
  questions: z.array(z.unknown()).min(1, 'a quiz lists at least one question'),
});

export type TModuleMeta = z.infer<typeof ZModuleMeta>;
