import { getScenarioPresenterView } from '@/lib/dal/live-scenario-views';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { parseRouteId, teacherForRoute } from '../../../../teacher/route-auth';

export const dynamic = 'force-dynamic';

/** The projector's view of a live scenario lesson: vote counts per choice, meters, consequences, debrief. */
export async function GET(_req: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  return outcomeResponse(await getScenarioPresenterView(auth.teacher, parsed.id));
}
