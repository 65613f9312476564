import { z } from 'zod';
import { loadProgressBoard } from '@/lib/dal/board';
import { notFoundResponse, teacherForRoute } from '../../../route-auth';

export const dynamic = 'force-dynamic';

/** The live board as JSON; the board page polls it every few seconds. */
export async function GET(_req: Request, ctx: { params: Promise<{ classId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const classId = z
    .string()
    .min(1)
    .max(64)
    .safeParse((await ctx.params).classId);
  if (!classId.success) return Response.json({ error: 'Bad class id.' }, { status: 400 });
  const board = await loadProgressBoard(auth.teacher, classId.data);
  if (!board) return notFoundResponse();
  return Response.json(board, { headers: { 'Cache-Control': 'no-store' } });
}
