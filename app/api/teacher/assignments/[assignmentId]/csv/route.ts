import { assignmentCsv } from '@/lib/dal/exports';
import { csvResponse, notFoundResponse, teacherForRoute, parseRouteId } from '../../../route-auth';

export const dynamic = 'force-dynamic';

/** One quiz assignment's answers: a row per student × question, from each student's best attempt. */
export async function GET(_req: Request, ctx: { params: Promise<{ assignmentId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).assignmentId, 'assignment');
  if ('response' in parsed) return parsed.response;
  const file = await assignmentCsv(auth.teacher, parsed.id);
  return file ? csvResponse(file) : notFoundResponse();
}
