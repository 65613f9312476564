import { z } from 'zod';
import { refuse } from '@/lib/outcome/refusal';
import { refusalResponse } from '@/lib/http/refusal-response';
import { userForRoute } from '@/lib/auth/session';
import { openQuizAssignments } from '@/lib/dal/assignment-open';
import { toOpenAssignment } from '@/lib/assignment/student-assignment';

const ZModule = z.string().regex(/^[a-z0-9-]{1,100}$/);

/**
 * GET ?module=<slug>: the signed-in student's open assignments for that module's quiz, soonest due
 * first. The module page stays static for everyone; its start button asks here once it is in the
 * browser. Per-user, so never cached.
 */
export async function GET(request: Request) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const slug = ZModule.safeParse(new URL(request.url).searchParams.get('module'));
  if (!slug.success) return refusalResponse(refuse('invalid', 'Say which module: ?module=<slug>.'));
  const open = await openQuizAssignments(auth.user, slug.data);
  return Response.json(
    { assignments: open.map(toOpenAssignment) },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
