import { controlLiveSession } from '@/lib/dal/live';
import { ZLiveControlBody } from '@/lib/live/live-schemas';
import { readJsonBody } from '@/lib/http/json-body';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { parseRouteId, teacherForRoute } from '../../../teacher/route-auth';

/** One teacher control, compare-and-set on the seq the presenter saw (a double click moves one step). */
export async function POST(request: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  const body = await readJsonBody(request, ZLiveControlBody);
  if ('response' in body) return body.response;
  return outcomeResponse(await controlLiveSession(auth.teacher, parsed.id, body.data));
}
