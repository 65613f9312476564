import { liveReportFile } from '@/lib/dal/live-report';
import { csvResponse, notFoundResponse, parseRouteId, teacherForRoute } from '../../../teacher/route-auth';

export const dynamic = 'force-dynamic';

/** The lesson's report as CSV: each student's first and second votes, and a class row per question. */
export async function GET(_req: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  const file = await liveReportFile(auth.teacher, parsed.id);
  return file ? csvResponse(file) : notFoundResponse();
}
