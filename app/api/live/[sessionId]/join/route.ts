import { userForRoute } from '@/lib/auth/session';
import { joinLiveSession } from '@/lib/dal/live-answers';
import { outcomeResponse } from '../../../attempts/_lib/http';
import { parseRouteId } from '../../../teacher/route-auth';

/** Joins the lesson (creates the student's live attempt once; a repeat returns the same attempt). */
export async function POST(_req: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  return outcomeResponse(await joinLiveSession(auth.user, parsed.id));
}
