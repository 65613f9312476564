import { userForRoute } from '@/lib/auth/session';
import { getStudentLiveView } from '@/lib/dal/live-student';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { parseRouteId } from '../../teacher/route-auth';

export const dynamic = 'force-dynamic';

/** The student's view of the lesson (public question; own feedback only after Reveal). */
export async function GET(_req: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  return outcomeResponse(await getStudentLiveView(auth.user, parsed.id));
}
