import { userForRoute } from '@/lib/auth/session';
import { runOutcomeResponse } from '@/lib/dal/run-http';
import { readJsonBody } from '@/lib/http/json-body';
import { ZDecisionBody } from '@/lib/dal/run-schemas';
import { submitDecision } from '@/lib/dal/runs';

type Context = { params: Promise<{ id: string }> };

/** Body `{ choiceId, step }` → 200 `{ run }`; 400 bad body; 401; 404 foreign or unknown run; 409 stale, unavailable or ended. */
export async function POST(request: Request, { params }: Context) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const body = await readJsonBody(request, ZDecisionBody);
  if ('response' in body) return body.response;
  return runOutcomeResponse(await submitDecision(auth.user, (await params).id, body.data));
}
