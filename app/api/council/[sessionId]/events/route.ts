import { userForRoute } from '@/lib/auth/session';
import { findCouncilSession, councilSessionVersion } from '@/lib/dal/council';
import { councilTopic } from '@/lib/dal/council-rows';
import { refusalResponse } from '@/lib/http/refusal-response';
import { refuse } from '@/lib/outcome/refusal';
import { sseResponse } from '@/lib/realtime/sse';
import { topicWatch } from '@/lib/realtime/server-watch';
import { parseRouteId } from '../../../teacher/route-auth';

export const dynamic = 'force-dynamic';

/** Server-Sent Events for one council: "now at version N" only; each viewer then fetches its own view. */
export async function GET(request: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'council');
  if ('response' in parsed) return parsed.response;
  if (!(await findCouncilSession(auth.user, parsed.id)))
    return refusalResponse(refuse('not-found', 'No such council.'));
  return sseResponse({
    topic: councilTopic(parsed.id),
    read: () => councilSessionVersion(parsed.id),
    watch: topicWatch(),
    lastEventId: request.headers.get('last-event-id'),
    signal: request.signal,
  });
}
