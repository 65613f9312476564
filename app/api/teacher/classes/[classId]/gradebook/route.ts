import { gradebookCsv } from '@/lib/dal/exports';
import { csvResponse, notFoundResponse, teacherForRoute, parseRouteId } from '../../../route-auth';

export const dynamic = 'force-dynamic';

/** The class gradebook: one row per student, best % per assignment and a total. */
export async function GET(_req: Request, ctx: { params: Promise<{ classId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).classId, 'class');
  if ('response' in parsed) return parsed.response;
  const file = await gradebookCsv(auth.teacher, parsed.id);
  return file ? csvResponse(file) : notFoundResponse();
}
