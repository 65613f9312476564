import { userForRoute } from '@/lib/auth/session';
import { getCouncilPhoneView, getCouncilPresenterView } from '@/lib/dal/council-views';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { parseRouteId } from '../../teacher/route-auth';

export const dynamic = 'force-dynamic';

/** The council as this viewer may see it: the presenter's table for its teacher, a phone's for a student. */
export async function GET(_req: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'council');
  if ('response' in parsed) return parsed.response;
  if (auth.user.role === 'TEACHER')
    return outcomeResponse(await getCouncilPresenterView(auth.user, parsed.id));
  return outcomeResponse(await getCouncilPhoneView(auth.user, parsed.id));
}
