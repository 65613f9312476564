import { userForRoute } from '@/lib/auth/session';
import { ZCouncilMoveBody } from '@/lib/council/moves';
import { moveInCouncil } from '@/lib/dal/council-act';
import { readJsonBody } from '@/lib/http/json-body';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { parseRouteId } from '../../../teacher/route-auth';

/** A delegation's statement or broken silence, or the chair's control; the server adds seat and time. */
export async function POST(request: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'council');
  if ('response' in parsed) return parsed.response;
  const body = await readJsonBody(request, ZCouncilMoveBody);
  if ('response' in body) return body.response;
  return outcomeResponse(await moveInCouncil(auth.user, parsed.id, body.data));
}
