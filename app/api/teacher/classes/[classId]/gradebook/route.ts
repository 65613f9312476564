import { z } from 'zod';
import { gradebookCsv } from '@/lib/dal/exports';
import { csvResponse, notFoundResponse, teacherForRoute } from '../../../route-auth';

export const dynamic = 'force-dynamic';

/** The class gradebook: one row per student, best % per assignment and a total. */
export async function GET(_req: Request, ctx: { params: Promise<{ classId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const classId = z
    .string()
    .min(1)
    .max(64)
    .safeParse((await ctx.params).classId);
  if (!classId.success) return Response.json({ error: 'Bad class id.' }, { status: 400 });
  const file = await gradebookCsv(auth.teacher, classId.data);
  return file ? csvResponse(file) : notFoundResponse();
}
