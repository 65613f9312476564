import { councilRecordFile } from '@/lib/dal/council-record';
import { csvResponse, notFoundResponse, parseRouteId, teacherForRoute } from '../../../route-auth';

export const dynamic = 'force-dynamic';

/**
 * A council's session record as CSV: each event in order (drafts, statements, silences, events,
 * the outcome), then the reflections.
 */
export async function GET(_req: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'council');
  if ('response' in parsed) return parsed.response;
  const file = await councilRecordFile(auth.teacher, parsed.id);
  return file ? csvResponse(file) : notFoundResponse();
}
