import { userForRoute } from '@/lib/auth/session';
import { getAttemptView } from '@/lib/dal/attempt-entry';
import { outcomeResponse } from '@/lib/http/refusal-response';

type Params = { params: Promise<{ attemptId: string }> };

/** The attempt as the player shows it; the player re-reads it after a 409. */
export async function GET(_request: Request, { params }: Params) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  return outcomeResponse(await getAttemptView(auth.user, (await params).attemptId));
}
