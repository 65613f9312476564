import { userForRoute } from '@/lib/auth/session';
import { listOwnRuns } from '@/lib/dal/runs';

/** The signed-in user's own scenario runs, newest first → 200 `{ runs }`; 401 signed out. Never cached. */
export async function GET() {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const runs = await listOwnRuns(auth.user);
  return Response.json({ runs }, { headers: { 'Cache-Control': 'private, no-store' } });
}
