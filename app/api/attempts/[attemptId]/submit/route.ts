import { z } from 'zod';
import { userForRoute } from '@/lib/auth/session';
import { submitAttempt } from '@/lib/dal/attempt-close';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { readJsonBody } from '@/lib/http/json-body';

type Params = { params: Promise<{ attemptId: string }> };

const ZSubmitBody = z.strictObject({ seq: z.number().int().nonnegative() });

/** Closes the attempt and scores it on the server; the same submission repeated gets the same answer. */
export async function POST(request: Request, { params }: Params) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const body = await readJsonBody(request, ZSubmitBody);
  if ('response' in body) return body.response;
  return outcomeResponse(await submitAttempt(auth.user, (await params).attemptId, body.data));
}
