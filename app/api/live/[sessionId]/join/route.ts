import { z } from 'zod';
import { userForRoute } from '@/lib/auth/session';
import { readJsonBody } from '@/lib/http/json-body';
import { joinLiveSession } from '@/lib/dal/live-answers';
import { outcomeResponse } from '@/lib/http/refusal-response';
import { parseRouteId } from '../../../teacher/route-auth';

/** Joins the lesson (creates the student's live attempt once; a repeat returns the same attempt). */
export async function POST(request: Request, ctx: { params: Promise<{ sessionId: string }> }) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const parsed = parseRouteId((await ctx.params).sessionId, 'live lesson');
  if ('response' in parsed) return parsed.response;
  // No fields, but still a same-origin JSON request like every other write.
  const body = await readJsonBody(request, z.strictObject({}));
  if ('response' in body) return body.response;
  return outcomeResponse(await joinLiveSession(auth.user, parsed.id));
}
