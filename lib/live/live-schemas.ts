import { z } from 'zod';
import { ZConfidence } from '@/lib/quiz/confidence';
import { MAX_REASON_LENGTH } from './class-decision';
import { LIVE_CONTROLS } from './controls';

/** Request bodies of the live lesson's route handlers and actions (shared by client and server). */

export const ZLiveAnswerBody = z.strictObject({
  questionId: z.string().min(1).max(100),
  round: z.union([z.literal(1), z.literal(2)]),
  response: z.unknown(),
  confidence: ZConfidence.default(null),
});

export const ZLiveControlBody = z.strictObject({
  control: z.enum(LIVE_CONTROLS),
  seq: z.number().int().nonnegative(),
});

export const ZStartLive = z.strictObject({
  classId: z.string().min(1).max(64),
  moduleSlug: z.string().min(1).max(100),
  questionIds: z.array(z.string().min(1).max(100)).max(100),
});

export const ZChoiceVoteBody = z.strictObject({
  step: z.number().int().nonnegative(),
  choiceId: z.string().min(1).max(100),
});

export const ZDecideBody = z.strictObject({
  seq: z.number().int().nonnegative(),
  choiceId: z.string().min(1).max(100),
  reason: z.string().max(MAX_REASON_LENGTH).nullable().default(null),
});

export const ZStartLiveScenario = z.strictObject({
  classId: z.string().min(1).max(64),
  scenarioSlug: z.string().min(1).max(100),
});
