import { z } from 'zod';

export const ZClassName = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the class a name, e.g. “Year 11 History, set 2”.')
    .max(80, 'Use at most 80 characters.'),
});
