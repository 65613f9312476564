import { z } from 'zod';
import { ZId } from './question-schema';
import { zSentences } from './prose-fields';

/** One of the six obstacles the app teaches (`content/topics.yaml`). */
export const ZTopic = z.strictObject({
  id: ZId,
  title: z.string().trim().min(3),
  obstacle: zSentences(1, 1, 'obstacle'),
});

export const ZTopicsFile = z
  .strictObject({ topics: z.array(ZTopic).min(1, 'list at least one topic') })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.topics.forEach((topic, index) => {
      if (seen.has(topic.id))
        ctx.addIssue({
          code: 'custom',
          path: ['topics', index, 'id'],
          message: `duplicate topic id "${topic.id}"`,
        });
      seen.add(topic.id);
    });
  });

export type TTopic = z.infer<typeof ZTopic>;
