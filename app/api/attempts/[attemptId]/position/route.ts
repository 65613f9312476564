import { z } from 'zod';
import { userForRoute } from '@/lib/auth/session';
import { moveToQuestion } from '@/lib/dal/attempt-navigation';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { readJsonBody } from '@/lib/http/json-body';

type Params = { params: Promise<{ attemptId: string }> };

const ZMoveBody = z.strictObject({
  seq: z.number().int().nonnegative(),
  index: z.number().int().nonnegative().max(1000),
});

/** Saves which question the student is on, so a reload resumes there. */
export async function POST(request: Request, { params }: Params) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const body = await readJsonBody(request, ZMoveBody);
  if ('response' in body) return body.response;
  return outcomeResponse(await moveToQuestion(auth.user, (await params).attemptId, body.data));
}
