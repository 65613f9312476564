import { userForRoute } from '@/lib/auth/session';
import { getScenarioStudentView } from '@/lib/dal/live-scenario-views';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { parseRouteId } from '../../../teacher/route-auth';

export const dynamic = 'force-dynamic';

/** The phone's view of a live scenario lesson: the decision and its choices' labels, the student's vote. */
export async function GET(_req: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  return outcomeResponse(await getScenarioStudentView(auth.user, parsed.id));
}
