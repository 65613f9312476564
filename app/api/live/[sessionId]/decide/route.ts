import { decideLiveScenario } from '@/lib/dal/live-scenario';
import { ZDecideBody } from '@/lib/live/live-schemas';
import { readJsonBody } from '@/lib/http/json-body';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { parseRouteId, teacherForRoute } from '../../../teacher/route-auth';

/** The teacher takes the open decision for the class: compare-and-set on the seq the presenter saw. */
export async function POST(request: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  const body = await readJsonBody(request, ZDecideBody);
  if ('response' in body) return body.response;
  return outcomeResponse(await decideLiveScenario(auth.teacher, parsed.id, body.data));
}
