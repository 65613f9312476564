import { z } from 'zod';
import { REFLECTION_MAX_LENGTH } from '@/lib/scenario/run-limits';

/** Shared by the route handlers and the player: the browser sends only a choice id and the step it saw. */
export const ZDecisionBody = z.strictObject({
  choiceId: z.string().trim().min(1, 'choose an option').max(100),
  step: z.int().min(0),
});

export const ZReflectionBody = z.strictObject({
  text: z.string().max(REFLECTION_MAX_LENGTH, `keep it to ${REFLECTION_MAX_LENGTH} characters`),
});
