import { userForRoute } from '@/lib/auth/session';
import { exportOwnData } from '@/lib/dal/account-data';

export const dynamic = 'force-dynamic';

/** Everything stored about the signed-in user, as a JSON download. */
export async function GET() {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const data = await exportOwnData(auth.user);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="open-door-my-data.json"',
      'Cache-Control': 'no-store',
    },
  });
}
