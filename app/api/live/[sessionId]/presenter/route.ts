import { getPresenterView } from '@/lib/dal/live-presenter';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { parseRouteId, teacherForRoute } from '../../../teacher/route-auth';

export const dynamic = 'force-dynamic';

/** The projector's view of the lesson (teacher only). */
export async function GET(_req: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  return outcomeResponse(await getPresenterView(auth.teacher, parsed.id));
}
