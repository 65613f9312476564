import { userForRoute } from '@/lib/auth/session';
import { submitLiveAnswer } from '@/lib/dal/live-answers';
import { ZLiveAnswerBody } from '@/lib/live/live-schemas';
import { readJsonBody } from '@/lib/http/json-body';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { parseRouteId } from '../../../teacher/route-auth';

/** Records the student's vote on the open question; the server grades, the client claims nothing. */
export async function POST(request: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  const body = await readJsonBody(request, ZLiveAnswerBody);
  if ('response' in body) return body.response;
  return outcomeResponse(await submitLiveAnswer(auth.user, parsed.id, body.data));
}
