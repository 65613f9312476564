// A session cookie for a generated user, minted with the server's own secret (as next-auth would
// after a sign-in), so hundreds of students need no real sign-ins. Carries the session times the
// session policy checks (signed in and last seen now).
import { encode } from 'next-auth/jwt';

export async function mintSessionCookie(
  secret: string,
  user: { id: string; role: string; sessionVersion?: number },
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({
    secret,
    token: {
      sub: user.id,
      uid: user.id,
      role: user.role,
      sv: user.sessionVersion ?? 0,
      authAt: now,
      seen: now,
    },
  });
  return `next-auth.session-token=${token}`;
}
