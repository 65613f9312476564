import { z } from 'zod';
import { userForRoute } from '@/lib/auth/session';
import { recordReview } from '@/lib/dal/review';
import { ZConfidence } from '@/lib/quiz/confidence';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { readJsonBody } from '@/lib/http/json-body';

type Params = { params: Promise<{ itemId: string }> };

const ZReviewBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('question'),
    version: z.string().max(40),
    response: z.unknown(),
    confidence: ZConfidence.default(null),
  }),
  z.strictObject({
    kind: z.literal('term'),
    version: z.string().max(40),
    rating: z.enum(['again', 'hard', 'good', 'easy']),
  }),
]);

/** Records one review and reschedules the item (FSRS). 409 when the item was already reviewed from another tab. */
export async function POST(request: Request, { params }: Params) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const body = await readJsonBody(request, ZReviewBody);
  if ('response' in body) return body.response;
  return outcomeResponse(await recordReview(auth.user, (await params).itemId, body.data));
}
