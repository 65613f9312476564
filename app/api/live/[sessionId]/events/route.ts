import { userForRoute } from '@/lib/auth/session';
import { refuse } from '@/lib/outcome/refusal';
import { refusalResponse } from '@/lib/http/refusal-response';
import { liveSessionVersion } from '@/lib/dal/live';
import { canWatchLiveSession } from '@/lib/dal/live-access';
import { liveTopic } from '@/lib/dal/live-rows';
import { sseResponse } from '@/lib/realtime/sse';
import { topicWatch } from '@/lib/realtime/server-watch';
import { parseRouteId } from '../../../teacher/route-auth';

export const dynamic = 'force-dynamic';

/**
 * Server-Sent Events for one live lesson: each event says only "the lesson is now at version N";
 * the client then fetches its own view. Reconnects send Last-Event-ID and hear at once if they missed
 * a change. Clients that cannot keep a stream open poll the view instead.
 */
export async function GET(request: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  if (!(await canWatchLiveSession(auth.user, parsed.id)))
    return refusalResponse(refuse('not-found', 'No such live lesson.'));
  return sseResponse({
    topic: liveTopic(parsed.id),
    read: () => liveSessionVersion(parsed.id),
    watch: topicWatch(),
    lastEventId: request.headers.get('last-event-id'),
    signal: request.signal,
  });
}
