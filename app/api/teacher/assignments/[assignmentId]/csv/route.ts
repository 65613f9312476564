import { z } from 'zod';
import { assignmentCsv } from '@/lib/dal/exports';
import { csvResponse, notFoundResponse, teacherForRoute } from '../../../route-auth';

export const dynamic = 'force-dynamic';

/** One quiz assignment's answers: a row per student × question, from each student's best attempt. */
export async function GET(_req: Request, ctx: { params: Promise<{ assignmentId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const id = z
    .string()
    .min(1)
    .max(64)
    .safeParse((await ctx.params).assignmentId);
  if (!id.success) return Response.json({ error: 'Bad assignment id.' }, { status: 400 });
  const file = await assignmentCsv(auth.teacher, id.data);
  return file ? csvResponse(file) : notFoundResponse();
}
