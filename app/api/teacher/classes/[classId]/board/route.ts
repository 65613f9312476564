import { loadProgressBoard } from '@/lib/dal/board';
import { notFoundResponse, teacherForRoute, parseRouteId } from '../../../route-auth';

export const dynamic = 'force-dynamic';

/** The live board as JSON; the board page polls it every few seconds. */
export async function GET(_req: Request, ctx: { params: Promise<{ classId: string }> }) {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).classId, 'class');
  if ('response' in parsed) return parsed.response;
  const board = await loadProgressBoard(auth.teacher, parsed.id);
  if (!board) return notFoundResponse();
  return Response.json(board, { headers: { 'Cache-Control': 'no-store' } });
}
