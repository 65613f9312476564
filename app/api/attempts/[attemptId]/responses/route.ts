import { z } from 'zod';
import { userForRoute } from '@/lib/auth/session';
import { submitAnswer } from '@/lib/dal/attempt-answer';
import { ZConfidence } from '@/lib/quiz/confidence';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { readJsonBody } from '@/lib/http/json-body';

type Params = { params: Promise<{ attemptId: string }> };

/** No score, correctness or feedback field: the server grades, a client cannot claim a result. */
const ZAnswerBody = z.strictObject({
  questionId: z.string().min(1).max(100),
  seq: z.number().int().nonnegative(),
  response: z.unknown(),
  confidence: ZConfidence.default(null),
  timeSpentMs: z.number().int().nonnegative().max(86_400_000).nullable().default(null),
});

/** Commits one answer. 200 with the result (feedback in practice mode), 400 bad body, 404 unknown, 409 stale or closed. */
export async function POST(request: Request, { params }: Params) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const body = await readJsonBody(request, ZAnswerBody);
  if ('response' in body) return body.response;
  return outcomeResponse(await submitAnswer(auth.user, (await params).attemptId, body.data));
}
