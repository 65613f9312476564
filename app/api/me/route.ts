import { getCurrentUser } from '@/lib/auth/session';

/**
 * Who is signed in, for the role-aware parts of otherwise static pages (the header's links, the
 * landing page's call to action). Goes through the same choke point as every page, so a revoked
 * session answers `{ user: null }` at once. Never cached: the answer belongs to this browser.
 */
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(
    { user: user ? { displayName: user.displayName, role: user.role } : null },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
