import { userForRoute } from '@/lib/auth/session';
import { runOutcomeResponse } from '@/lib/dal/run-http';
import { readJsonBody } from '@/lib/http/json-body';
import { ZReflectionBody } from '@/lib/dal/run-schemas';
import { saveReflection } from '@/lib/dal/runs';

type Context = { params: Promise<{ id: string }> };

/** Body `{ text }` (at most 2000 characters; empty clears it) → 200 `{ run }`; 400 bad body or run not ended; 401; 404. */
export async function POST(request: Request, { params }: Context) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const body = await readJsonBody(request, ZReflectionBody);
  if ('response' in body) return body.response;
  return runOutcomeResponse(await saveReflection(auth.user, (await params).id, body.data.text));
}
