import { liveLessonReportFile } from '@/lib/dal/live-report';
import { csvResponse, notFoundResponse, parseRouteId, teacherForRoute } from '../../../teacher/route-auth';

export const dynamic = 'force-dynamic';

/**
 * The lesson's report as CSV, for either kind of lesson: a quiz lesson's first and second votes per
 * student and question; a scenario lesson's decisions (votes, the choice taken, any reason, the
 * consequence) and each student's votes. 404 for anyone else's lesson.
 */
export async function GET(_req: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  const file = await liveLessonReportFile(auth.teacher, parsed.id);
  return file ? csvResponse(file) : notFoundResponse();
}
